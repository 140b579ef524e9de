package sitrep.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import sitrep.pipeline.OutputFiles;

/**
 * A buffered UTF-8 byte writer for the exports: text is encoded with {@link String#getBytes} (fast for Latin-1
 * strings) and copied into one byte buffer, with no {@code Writer} and no streaming charset encoder in between. It
 * encodes as {@code OutputStreamWriter} with UTF-8 does: a surrogate pair becomes one four-byte sequence, a lone
 * surrogate becomes {@code '?'}. Not thread-safe; the stream
 * is flushed by {@link #flush()}, never closed.
 */
class Utf8Out {
  private static final int SIZE = 1 << 16;

  private final OutputStream out;
  final byte[] buf = new byte[SIZE];
  int pos;

  Utf8Out(OutputStream out) {
    this.out = out;
  }

  /**
   * The bytes body writes, decoded as UTF-8: the text form of an export ({@code toCsv}, {@code toJson},
   * {@code toGeoJson}), the same bytes its file gets.
   *
   * @param body writes the export to the stream it is given, not null
   */
  static String toText(OutputFiles.Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Makes room for n more bytes (n at most the buffer size). */
  final void room(int n) throws IOException {
    if (pos + n > SIZE) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  /** One ASCII character. */
  final void ascii(char c) throws IOException {
    room(1);
    buf[pos++] = (byte) c;
  }

  /** A string known to be ASCII (names, numbers, constants). */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies the low bytes: right for ASCII
  final void ascii(String s) throws IOException {
    int n = s.length();
    if (n > SIZE) {
      text(s);
      return;
    }
    room(n);
    s.getBytes(0, n, buf, pos);
    pos += n;
  }

  /** An int in decimal. */
  final void integer(int v) throws IOException {
    ascii(Integer.toString(v));
  }

  /** Text, UTF-8 encoded, nothing escaped. */
  final void text(String s) throws IOException {
    bytes(s.getBytes(StandardCharsets.UTF_8)); // the JDK's encoder: fast for Latin-1, '?' for a lone surrogate
  }

  /** Bytes as they are. */
  final void bytes(byte[] b) throws IOException {
    bytes(b, 0, b.length);
  }

  /** Bytes from..to of b as they are. */
  final void bytes(byte[] b, int from, int to) throws IOException {
    int n = to - from;
    if (pos + n > SIZE) {
      room(SIZE);
      if (n > SIZE) {
        out.write(b, from, n);
        return;
      }
    }
    System.arraycopy(b, from, buf, pos, n);
    pos += n;
  }

  /** Writes out what is buffered and flushes the stream. */
  final void flush() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
    out.flush();
  }
}
