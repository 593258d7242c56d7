package io.partita.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/** What the screenshot tours (not tests: manual checks and the README's pictures) share. */
public final class Tours {

    private Tours() {
    }

    /** The node with this CSS id in the topmost showing window that has one. */
    public static Node find(String id) {
        for (int i = Window.getWindows().size() - 1; i >= 0; i--) {
            Window w = Window.getWindows().get(i);
            Node n = w.isShowing() && w.getScene() != null ? w.getScene().lookup(id) : null;
            if (n != null) {
                return n;
            }
        }
        throw new IllegalStateException("no " + id);
    }

    /** Runs on the FX thread and waits (20 s at most); an exception there is thrown here. */
    public static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    public static void waitFor(String what, BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(condition.getAsBoolean()));
            if (now.get(10, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("timed out after " + seconds + " s waiting for " + what);
    }

    /** The whole Xvfb screen as {@code out/name.png}, with ImageMagick's import. */
    public static void shot(Path out, String name) throws Exception {
        Files.createDirectories(out);
        Process p = new ProcessBuilder("/usr/bin/import", "-window", "root", out.resolve(name + ".png").toString())
                .inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
        System.out.println("shot " + name);
    }
}
