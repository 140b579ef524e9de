package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder: what a PNG decoder reads back is every pixel as painted. */
class PngEncoderTest {
  private static BufferedImage noise(int type, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, type);
    Random r = new Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, x < w / 2 ? r.nextInt() : 0xFF3366CC); // half noise, half flat
      }
    }
    return img;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual, boolean alpha) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    int mask = alpha ? 0xFFFFFFFF : 0x00FFFFFF;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertEquals(expected.getRGB(x, y) & mask, actual.getRGB(x, y) & mask, "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void anOpaqueImageDecodesToTheSamePixels() throws Exception {
    BufferedImage img = noise(BufferedImage.TYPE_INT_RGB, 301, 170); // several IDAT chunks
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
    assertEquals(3, back.getColorModel().getNumComponents(), "no alpha channel");
    assertSamePixels(img, back, false);
  }

  @Test
  void aTransparentImageKeepsItsAlpha() throws Exception {
    BufferedImage img = noise(BufferedImage.TYPE_INT_ARGB, 97, 33);
    img.setRGB(0, 0, 0x00000000);
    img.setRGB(1, 0, 0x80FF0000);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
    assertEquals(4, back.getColorModel().getNumComponents());
    assertSamePixels(img, back, true);
  }

  @Test
  void theSameImageGivesTheSameBytes() {
    assertArrayEquals(PngEncoder.encode(noise(BufferedImage.TYPE_INT_RGB, 50, 40)),
        PngEncoder.encode(noise(BufferedImage.TYPE_INT_RGB, 50, 40)));
  }

  @Test
  void otherImageTypesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_3BYTE_BGR)));
  }
}
