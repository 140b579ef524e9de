package sitrep.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes the images {@link FigureWriter} paints (TYPE_INT_RGB, or TYPE_INT_ARGB for a transparent background) as
 * PNG: 8 bits per channel, no row filter (flat chart colours compress best unfiltered), zlib level 6 (or 1 for
 * the large print copies, see {@link #FAST}), no metadata, so the same pixels give the same bytes. It does what ImageIO's PNG writer does for these images in half the time
 * and, being a few small loops, costs the JIT compiler next to nothing (ImageIO's encoder is one very large method
 * that the optimising compiler spends seconds on in a short run).
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Largest IDAT chunk written. */
  private static final int CHUNK = 1 << 16;

  private PngEncoder() {}

  /**
   * The PNG file of an image.
   *
   * @param image a TYPE_INT_RGB or TYPE_INT_ARGB image, not null
   * @throws IllegalArgumentException for another image type
   */
  static byte[] encode(BufferedImage image) {
    return encode(image, Deflater.DEFAULT_COMPRESSION);
  }

  /**
   * zlib level for the 300 dpi copies: ten times the pixels of a screen image, where level 6 costs four times the
   * time of level 1 for files 20% (maps) to 80% (charts) smaller. The pixels are the same.
   */
  static final int FAST = Deflater.BEST_SPEED;

  /**
   * The PNG file of an image, compressed at a zlib level.
   *
   * @param image a TYPE_INT_RGB or TYPE_INT_ARGB image, not null
   * @param level 0 to 9, or {@link Deflater#DEFAULT_COMPRESSION} (6)
   * @throws IllegalArgumentException for another image type
   */
  static byte[] encode(BufferedImage image, int level) {
    boolean alpha = switch (image.getType()) {
      case BufferedImage.TYPE_INT_RGB -> false;
      case BufferedImage.TYPE_INT_ARGB -> true;
      default -> throw new IllegalArgumentException("image type " + image.getType() + " is not INT_RGB or INT_ARGB");
    };
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int channels = alpha ? 4 : 3;
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1 << 12, w * h / 4));
    Deflater deflater = new Deflater(level);
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, CHUNK)) {
      byte[] row = new byte[1 + w * channels]; // filter byte 0 (none), then the samples
      for (int y = 0; y < h; y++) {
        int k = 1;
        for (int x = 0, o = y * w; x < w; x++) {
          int p = pixels[o + x];
          row[k++] = (byte) (p >> 16);
          row[k++] = (byte) (p >> 8);
          row[k++] = (byte) p;
          if (alpha) {
            row[k++] = (byte) (p >>> 24);
          }
        }
        z.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress PNG data: " + e.getMessage(), e); // in memory: does not fail
    } finally {
      deflater.end();
    }
    byte[] data = compressed.toByteArray();
    ByteArrayOutputStream png = new ByteArrayOutputStream(data.length + 64);
    png.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, w);
    putInt(header, 4, h);
    header[8] = 8; // bits per sample
    header[9] = (byte) (alpha ? 6 : 2); // truecolour with alpha, truecolour
    chunk(png, "IHDR", header, 0, header.length); // compression, filter method and interlace are 0
    for (int off = 0; off < data.length; off += CHUNK) {
      chunk(png, "IDAT", data, off, Math.min(CHUNK, data.length - off));
    }
    chunk(png, "IEND", new byte[0], 0, 0);
    return png.toByteArray();
  }

  private static void chunk(OutputStream out, String type, byte[] data, int off, int len) {
    byte[] head = new byte[8];
    putInt(head, 0, len);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, head, 4, 4);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, off, len);
    byte[] tail = new byte[4];
    putInt(tail, 0, (int) crc.getValue());
    try {
      out.write(head);
      out.write(data, off, len);
      out.write(tail);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
