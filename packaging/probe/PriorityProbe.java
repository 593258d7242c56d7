import io.partita.async.StreamThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Packaging check, not part of the app: on the packaged runtime (its jlinked options, no others), a thread made by
 * {@link StreamThreads} (a browse's reader and decoders) must run at nice 10 on Linux, and the calling thread at 0.
 * Prints what it saw and exits 1 otherwise. Run by packaging/smoke.sh.
 */
public final class PriorityProbe {

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> stream = new CompletableFuture<>();
        StreamThreads.create(() -> stream.complete(niceOfThisThread()), "priority-probe").start();
        int streamNice = stream.get(10, TimeUnit.SECONDS);
        int mainNice = niceOfThisThread();
        System.out.println("priority probe: stream thread nice " + streamNice + ", main thread nice " + mainNice);
        System.exit(streamNice == 10 && mainNice == 0 ? 0 : 1);
    }

    /** Field 19 of /proc/thread-self/stat (the fields after the command name, which ends with ") "). */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read this thread's nice value", e);
        }
    }
}
