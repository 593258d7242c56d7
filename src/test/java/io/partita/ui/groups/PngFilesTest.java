package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilesTest {

    @Test
    void writesAPngWithThePixelsGiven(@TempDir Path dir) throws Exception {
        int red = 0xffff0000;
        int blue = 0xff0000ff;
        Path file = dir.resolve("chart.png");

        PngFiles.write(new ChartImage(2, 1, new int[] {red, blue}), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(red);
        assertThat(image.getRGB(1, 0)).isEqualTo(blue);
    }
}
