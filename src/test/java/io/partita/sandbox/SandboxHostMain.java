package io.partita.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Runs a sandbox in a JVM of its own, for the test that kills that JVM with SIGKILL (and for measuring start
 * times by hand). Prints {@code PIDS}, {@code PORTS}, {@code DATA} and {@code READY_MS} lines on stdout, then waits
 * to be killed (at most {@link #MAX_LIFE}); with a third argument {@code measure} it prints each child's resident
 * memory and CPU time so far, and how long close took, and exits.
 *
 * <p>Usage: {@code SandboxHostMain <brokers> <registry:true|false> [measure]}
 */
public final class SandboxHostMain {

    static final Duration MAX_LIFE = Duration.ofMinutes(5);

    private SandboxHostMain() {
    }

    public static void main(String[] args) throws Exception {
        int brokers = Integer.parseInt(args[0]);
        boolean registry = Boolean.parseBoolean(args[1]);
        Sandbox sandbox = Sandbox.start(new SandboxOptions(brokers, registry, false, null, false),
                step -> System.out.println("STEP " + System.currentTimeMillis() % 100000 + " " + step));
        System.out.println("READY_MS " + sandbox.startupTime().toMillis());
        System.out.println("DATA " + sandbox.dataDir());
        System.out.println("PORTS " + sandbox.ports().stream().map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("PIDS " + sandbox.childPids().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        System.out.flush();
        if (args.length > 2 && args[2].equals("measure")) {
            for (long pid : sandbox.childPids()) {
                System.out.println("CHILD " + pid + " rss=" + residentKb(pid) + "kB cpu=" + cpuMillis(pid) + "ms");
            }
            long began = System.nanoTime();
            sandbox.close();
            System.out.println("CLOSE_MS " + (System.nanoTime() - began) / 1_000_000);
            return;
        }
        Thread.sleep(MAX_LIFE.toMillis());
    }

    /** user + system time so far, from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String residentKb(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("\\D", ""))
                .findFirst().orElse("?");
    }
}
