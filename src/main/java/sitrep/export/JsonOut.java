package sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams pretty-printed JSON as UTF-8 bytes, in exactly the layout of Jackson's {@code DefaultPrettyPrinter} with
 * a {@code DefaultIndenter("  ", "\n")} for objects (and, when asked, for arrays; otherwise arrays stay on one line
 * with single spaces) and Jackson's default escaping ({@code \" \\ \b \t \n \f \r}, other control characters as
 * {@code \}{@code u00XX}, everything else as it is). The exports used Jackson's generator on a {@code Writer}; this
 * writes the same bytes without the per-character cost of a charset encoder. The tests compare it with Jackson.
 */
final class JsonOut extends Utf8Out {
  /** Per ASCII character: 0 = as it is, -1 = {@code \}{@code u00XX}, else the letter after the backslash. */
  private static final int[] ESCAPES = new int[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private final boolean indentArrays;
  /** The pretty printer's indentation level. */
  private int nesting;
  /** Open containers: entries written so far, and whether each is an array. */
  private int depth;
  private int[] entries = new int[16];
  private boolean[] arrays = new boolean[16];

  /**
   * @param out the target, flushed by {@link #flush()}, never closed
   * @param indentArrays true to put array values on lines of their own, as objects' fields
   */
  JsonOut(OutputStream out, boolean indentArrays) {
    super(out);
    this.indentArrays = indentArrays;
  }

  // ---- structure ----------------------------------------------------------------------------------------------

  void startObject() throws IOException {
    beforeValue();
    ascii('{');
    nesting++;
    push(false);
  }

  void endObject() throws IOException {
    nesting--;
    if (entries[depth - 1] > 0) {
      indent();
    } else {
      ascii(' ');
    }
    ascii('}');
    depth--;
  }

  void startArray() throws IOException {
    beforeValue();
    ascii('[');
    if (indentArrays) {
      nesting++;
    }
    push(true);
  }

  void endArray() throws IOException {
    if (indentArrays) {
      nesting--;
    }
    if (entries[depth - 1] > 0) {
      arrayIndent();
    } else {
      ascii(' ');
    }
    ascii(']');
    depth--;
  }

  /** A field name in the current object: separator, new line, {@code "name" : }. */
  void field(String name) throws IOException {
    int d = depth - 1;
    if (entries[d]++ > 0) {
      ascii(',');
    }
    indent();
    byte[] encoded = names.get(name);
    if (encoded == null) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      JsonOut one = new JsonOut(b, false);
      one.quoted(name);
      one.ascii(" : ");
      one.flush();
      encoded = b.toByteArray();
      if (names.size() < 256) {
        names.put(name, encoded);
      }
    }
    bytes(encoded);
  }

  /** Field names as written, by name (the exports use a few dozen constant names). */
  private final java.util.Map<String, byte[]> names = new java.util.HashMap<>();

  // ---- values -------------------------------------------------------------------------------------------------

  /** A string value, or null. */
  void string(String s) throws IOException {
    beforeValue();
    if (s == null) {
      ascii("null");
    } else {
      quoted(s);
    }
  }

  void nullValue() throws IOException {
    beforeValue();
    ascii("null");
  }

  void number(int v) throws IOException {
    beforeValue();
    integer(v);
  }

  /** A double as Jackson writes it: {@link Double#toString}, quoted when not finite. */
  void number(double v) throws IOException {
    beforeValue();
    if (Double.isFinite(v)) {
      ascii(NumberText.java(v));
    } else {
      quoted(Double.toString(v));
    }
  }

  /** Number text written as it is, or null. */
  void rawNumber(String text) throws IOException {
    beforeValue();
    ascii(text == null ? "null" : text);
  }

  // ---- fields -------------------------------------------------------------------------------------------------

  void stringField(String name, String value) throws IOException {
    field(name);
    string(value);
  }

  void numberField(String name, int value) throws IOException {
    field(name);
    number(value);
  }

  void numberField(String name, double value) throws IOException {
    field(name);
    number(value);
  }

  // ---- layout -------------------------------------------------------------------------------------------------

  private void push(boolean array) {
    if (depth == entries.length) {
      entries = java.util.Arrays.copyOf(entries, depth * 2);
      arrays = java.util.Arrays.copyOf(arrays, depth * 2);
    }
    entries[depth] = 0;
    arrays[depth] = array;
    depth++;
  }

  /** In an array: the separator before a value (none before the first). A field's value needs nothing. */
  private void beforeValue() throws IOException {
    if (depth > 0 && arrays[depth - 1]) {
      if (entries[depth - 1]++ > 0) {
        ascii(',');
      }
      arrayIndent();
    }
  }

  private void arrayIndent() throws IOException {
    if (indentArrays) {
      indent();
    } else {
      ascii(' ');
    }
  }

  /** A new line and two spaces per level. */
  private void indent() throws IOException {
    int n = 2 * nesting + 1;
    if (n > INDENT.length) {
      throw new IllegalStateException("JSON nested too deep");
    }
    bytes(INDENT, 0, n);
  }

  /** A new line and the spaces of the deepest indentation written. */
  private static final byte[] INDENT = ("\n" + " ".repeat(254)).getBytes(StandardCharsets.US_ASCII);

  /** A quoted, escaped string. */
  private void quoted(String s) throws IOException {
    ascii('"');
    // encoded by the JDK (fast for Latin-1 text; a lone surrogate becomes '?'), then scanned for what JSON escapes:
    // only ASCII is escaped, and the bytes of a multi-byte sequence are all negative
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int from = 0;
    for (int i = 0; i < b.length; i++) {
      int c = b[i];
      if (c >= 0 && ESCAPES[c] != 0) {
        bytes(b, from, i);
        escape(c);
        from = i + 1;
      }
    }
    bytes(b, from, b.length);
    ascii('"');
  }

  private void escape(int c) throws IOException {
    int e = ESCAPES[c];
    room(6);
    buf[pos++] = '\\';
    if (e > 0) {
      buf[pos++] = (byte) e;
    } else {
      buf[pos++] = 'u';
      buf[pos++] = '0';
      buf[pos++] = '0';
      buf[pos++] = HEX[c >> 4];
      buf[pos++] = HEX[c & 0xF];
    }
  }
}
