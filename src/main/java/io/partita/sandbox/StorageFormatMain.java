package io.partita.sandbox;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats the storage of several KRaft nodes in one JVM:
 * {@code StorageFormatMain <StorageTool args of node A> --next-node <args of node B> ...}. A JVM per node costs more
 * than the formatting itself: on two cores four of them take about twice as long as this one.
 *
 * <p>Runs in a child JVM on the broker's classpath, behind {@link ParentWatch}, and reaches
 * {@code kafka.tools.StorageTool.execute(String[], PrintStream)} by reflection; like ParentWatch it must use the
 * JDK only and compile to this single class file ({@link ChildJar} packs it).
 */
public final class StorageFormatMain {

    static final String NEXT_NODE = "--next-node";

    private StorageFormatMain() {
    }

    public static void main(String[] args) throws Exception {
        Method execute = Class.forName("kafka.tools.StorageTool")
                .getMethod("execute", String[].class, PrintStream.class);
        List<String> node = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(NEXT_NODE)) {
                format(execute, node);
                node.clear();
            } else {
                node.add(arg);
            }
        }
        format(execute, node);
        // StorageTool's own main ends with an exit too: the tool may leave non-daemon threads behind.
        System.exit(0);
    }

    private static void format(Method execute, List<String> args) throws IllegalAccessException {
        if (args.isEmpty()) {
            return;
        }
        System.out.println("[format] " + String.join(" ", args));
        try {
            int code = (Integer) execute.invoke(null, args.toArray(String[]::new), System.out);
            if (code != 0) {
                System.out.println("[format] ERROR StorageTool exited with " + code);
                System.exit(code);
            }
        } catch (InvocationTargetException e) {
            // One line the parent can quote as the cause; the stack trace follows for the log reader.
            System.out.println("[format] ERROR " + e.getCause());
            e.getCause().printStackTrace(System.out);
            System.exit(1);
        }
    }
}
