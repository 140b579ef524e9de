package sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: byte-order marks (UTF-8, UTF-16), strict UTF-8, UTF-16 without BOM, and failing
 * those Windows-1256 (Arabic) or Windows-1252. Rejects binary content.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * Decoded text and the charset it was read as.
   *
   * @param text the text, never null
   * @param charset the charset name
   * @param lossy true when the bytes were not valid in any tried charset and replacement characters were used
   */
  public record Decoded(String text, String charset, boolean lossy) {}

  /** Thrown for content that is not text (a PDF, an image, an archive, or bytes full of NULs). */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /** Decodes bytes that are known to be text (e.g. a manifest); never throws. */
  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(utf16, "UTF-16", false);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", false);
    }
    Charset arabic = Charset.forName("windows-1256");
    String win1256 = new String(bytes, arabic);
    long arabicLetters = win1256.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
    long high = 0;
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        high++;
      }
    }
    if (high > 0 && arabicLetters * 2 >= high) {
      return new Decoded(win1256, "windows-1256", false);
    }
    return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252", true);
  }

  /** Decodes article bytes, rejecting binary content. */
  public static Decoded decodeArticle(byte[] bytes) throws NotTextException {
    String kind = binaryKind(bytes);
    if (kind != null) {
      throw new NotTextException("is " + kind + ", not text");
    }
    return decode(bytes);
  }

  private static String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "a ZIP archive (or an Office document)";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed";
    }
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF) || utf16WithoutBom(b) != null) {
      return null;
    }
    int n = Math.min(b.length, 8192);
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        nul++;
      } else if (c < 9 || (c > 13 && c < 32)) {
        control++;
      }
    }
    if (n > 0 && (nul > 0 || control * 10 > n)) {
      return "binary data";
    }
    return null;
  }

  /** UTF-16 without a byte-order mark, recognised by NULs in every other byte of ASCII-heavy text. */
  private static String utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenNul++;
      }
      if (b[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs) {
      return strict(b, StandardCharsets.UTF_16LE);
    }
    if (evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs) {
      return strict(b, StandardCharsets.UTF_16BE);
    }
    return null;
  }

  private static String strict(byte[] bytes, Charset cs) {
    if (cs == StandardCharsets.UTF_8) {
      // the fast decoder replaces malformed input with U+FFFD and is otherwise the same as the strict one: without a
      // U+FFFD in its result the bytes were valid; with one, the strict decoder says whether they were
      String s = new String(bytes, StandardCharsets.UTF_8);
      if (s.indexOf('\uFFFD') < 0) {
        return s;
      }
    }
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
