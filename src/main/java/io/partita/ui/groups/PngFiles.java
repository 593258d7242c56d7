package io.partita.ui.groups;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes chart snapshots as PNG (java.desktop's ImageIO: no javafx-swing needed). Off the UI thread. */
final class PngFiles {

    private PngFiles() {
    }

    static void write(ChartImage image, Path file) throws IOException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
