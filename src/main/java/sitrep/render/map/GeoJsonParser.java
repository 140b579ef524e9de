package sitrep.render.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the basemap's GeoJSON from its bytes: a small JSON reader for one job, which turns coordinates into
 * doubles as they are read (no tokens, no boxed numbers, no tree) and reads the short decimals of the basemap with
 * one division, which gives the double {@link Double#parseDouble} gives (the mantissa and the power of ten are both
 * exact, and IEEE division rounds correctly); other numbers go to Double.parseDouble. Loading the bundled basemap
 * this way takes a fraction of the time Jackson took, and the same geometries come out.
 *
 * <p>Nested coordinate arrays come back as {@link Ring} for an array of positions (the coordinates of a ring, as
 * x, y pairs), {@code double[2]} for a lone position, and a List of these for anything deeper.
 */
final class GeoJsonParser {
  /** Where the bytes do not hold JSON. */
  static final class SyntaxError extends IOException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  /** The positions of an array of positions, x and y of each in turn. */
  record Ring(double[] xy, int size) {
    double x(int i) {
      return xy[2 * i];
    }

    double y(int i) {
      return xy[2 * i + 1];
    }
  }

  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final byte[] b;
  private int p;

  GeoJsonParser(byte[] bytes) {
    this.b = bytes;
  }

  // ---- structure --------------------------------------------------------------------------------------------

  /** The next character that is not white space, without moving past it; -1 at the end. */
  int peek() {
    while (p < b.length) {
      byte c = b[p];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
      p++;
    }
    return -1;
  }

  /** Moves past the expected character (after white space). */
  void expect(char c) throws SyntaxError {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    p++;
  }

  /** After '{' or ',' in an object: the next field name (moving past its ':'), or null at the closing '}'. */
  String nextField(boolean first) throws SyntaxError {
    int c = peek();
    if (c == '}') {
      p++;
      return null;
    }
    if (!first) {
      expect(',');
    }
    String name = string();
    expect(':');
    return name;
  }

  /** Starts an object: true after its '{', false for null; anything else is an error. */
  boolean startObject() throws SyntaxError {
    int c = peek();
    if (c == '{') {
      p++;
      return true;
    }
    if (c == 'n') {
      literal("null");
      return false;
    }
    throw error("expected an object");
  }

  /** After '[' or ',' in an array: true when another value follows (moving past the ','), false after ']'. */
  boolean nextElement(boolean first) throws SyntaxError {
    int c = peek();
    if (c == ']') {
      p++;
      return false;
    }
    if (!first) {
      expect(',');
    }
    return true;
  }

  /** A JSON string (after white space). */
  String string() throws SyntaxError {
    if (peek() != '"') {
      throw error("expected a string");
    }
    int start = ++p;
    while (p < b.length) {
      byte c = b[p];
      if (c == '"') {
        return new String(b, start, p++ - start, StandardCharsets.UTF_8);
      }
      if (c == '\\') {
        break;
      }
      p++;
    }
    // with escapes: runs of bytes between them decoded as UTF-8 (a backslash is never inside a multi-byte sequence)
    StringBuilder s = new StringBuilder();
    int run = start;
    while (p < b.length) {
      byte c = b[p];
      if (c == '"') {
        s.append(new String(b, run, p++ - run, StandardCharsets.UTF_8));
        return s.toString();
      }
      if (c != '\\') {
        p++;
        continue;
      }
      s.append(new String(b, run, p - run, StandardCharsets.UTF_8));
      p++;
      if (p >= b.length) {
        break;
      }
      byte e = b[p++];
      switch (e) {
        case '"' -> s.append('"');
        case '\\' -> s.append('\\');
        case '/' -> s.append('/');
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> {
          int u = p + 4 <= b.length ? hex4(p) : -1;
          if (u < 0) {
            throw error("bad \\u escape");
          }
          s.append((char) u);
          p += 4;
        }
        default -> {
          p--;
          throw error("bad escape");
        }
      }
      run = p;
    }
    throw error("unterminated string");
  }

  /** The four hex digits at i as a number, -1 when they are not hex digits. */
  private int hex4(int i) {
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      v = 16 * v + d;
    }
    return v;
  }

  private void literal(String word) throws SyntaxError {
    for (int i = 0; i < word.length(); i++) {
      if (p >= b.length || b[p] != word.charAt(i)) {
        throw error("expected " + word);
      }
      p++;
    }
  }

  /** Skips any value. */
  void skipValue() throws SyntaxError {
    int c = peek();
    switch (c) {
      case '{' -> {
        p++;
        for (boolean first = true; nextField(first) != null; first = false) {
          skipValue();
        }
      }
      case '[' -> {
        p++;
        for (boolean first = true; nextElement(first); first = false) {
          skipValue();
        }
      }
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  /**
   * A property value as Jackson's {@code JsonNode.asText()} gives it: a string as it is, a number or boolean as
   * text, "" for an object or array, null for null.
   */
  String text() throws SyntaxError {
    int c = peek();
    switch (c) {
      case '"':
        return string();
      case 'n':
        literal("null");
        return null;
      case 't':
        literal("true");
        return "true";
      case 'f':
        literal("false");
        return "false";
      case '{':
      case '[':
        skipValue();
        return "";
      default:
        int start = p;
        number();
        String raw = new String(b, start, p - start, StandardCharsets.US_ASCII);
        return lastWhole ? new java.math.BigInteger(raw).toString() : Double.toString(Double.parseDouble(raw));
    }
  }

  /** The properties object of a feature: text values by name (see {@link #text}); empty for null. */
  Map<String, String> properties() throws SyntaxError {
    Map<String, String> out = new HashMap<>();
    if (!startObject()) {
      return out;
    }
    for (boolean first = true;; first = false) {
      String name = nextField(first);
      if (name == null) {
        return out;
      }
      out.put(name, text());
    }
  }

  // ---- numbers and coordinates -------------------------------------------------------------------------------

  /** Set by {@link #number()}: whether the number was written as a whole number (no fraction, no exponent). */
  private boolean lastWhole;

  /**
   * A number as Jackson's {@code getDoubleValue()} gives it: a whole number is converted from its integer value
   * (so "-0" is 0.0), a decimal as Double.parseDouble reads it.
   */
  double number() throws SyntaxError {
    int start = p;
    boolean negative = false;
    if (p < b.length && b[p] == '-') {
      negative = true;
      p++;
    }
    long mantissa = 0;
    int significant = 0;
    int fraction = 0;
    boolean slow = false;
    boolean whole = true;
    int digitsStart = p;
    while (p < b.length && b[p] >= '0' && b[p] <= '9') {
      if (significant < 18) {
        mantissa = 10 * mantissa + (b[p] - '0');
        if (mantissa != 0) {
          significant++;
        }
      } else {
        slow = true;
      }
      p++;
    }
    if (p == digitsStart) {
      throw error("expected a value");
    }
    if (p < b.length && b[p] == '.') {
      whole = false;
      p++;
      int fractionStart = p;
      while (p < b.length && b[p] >= '0' && b[p] <= '9') {
        if (significant < 18) {
          mantissa = 10 * mantissa + (b[p] - '0');
          if (mantissa != 0) {
            significant++;
          }
          fraction++;
        } else {
          slow = true;
        }
        p++;
      }
      if (p == fractionStart) {
        throw error("expected a digit after the decimal point");
      }
    }
    if (p < b.length && (b[p] == 'e' || b[p] == 'E')) {
      whole = false;
      slow = true;
      p++;
      if (p < b.length && (b[p] == '+' || b[p] == '-')) {
        p++;
      }
      int expStart = p;
      while (p < b.length && b[p] >= '0' && b[p] <= '9') {
        p++;
      }
      if (p == expStart) {
        throw error("expected a digit in the exponent");
      }
    }
    lastWhole = whole;
    double v;
    if (!slow && significant <= 15 && fraction < POW10.length) {
      v = fraction == 0 ? mantissa : mantissa / POW10[fraction];
      v = negative ? -v : v;
    } else {
      v = Double.parseDouble(new String(b, start, p - start, StandardCharsets.US_ASCII));
    }
    return whole && v == 0 ? 0.0 : v; // a whole number is an integer first: "-0" is 0
  }

  /** True when the next value is a number. */
  private boolean numberNext() {
    int c = peek();
    return c == '-' || c >= '0' && c <= '9';
  }

  /**
   * Nested coordinate arrays (the parser is at their '['): a {@link Ring}, a position (double[2], the first two
   * numbers of it), or a List of these.
   *
   * @throws IllegalArgumentException naming what is wrong in the nesting
   * @throws SyntaxError when the bytes are not JSON
   */
  Object coordinates() throws SyntaxError {
    if (peek() != '[') {
      throw new IllegalArgumentException("coordinates are not an array");
    }
    p++;
    if (numberNext()) {
      return position();
    }
    // an array of positions is a ring: read into one array
    int mark = p;
    if (peek() == '[') {
      p++;
      boolean positions = numberNext();
      p = mark;
      if (positions) {
        return ring();
      }
    }
    List<Object> items = new ArrayList<>();
    for (boolean first = true; nextElement(first); first = false) {
      if (peek() != '[') {
        throw new IllegalArgumentException("coordinates hold " + what() + " where an array was expected");
      }
      items.add(coordinates());
    }
    return items;
  }

  /** A position, after its '[': its first two numbers. */
  private double[] position() throws SyntaxError {
    double[] xy = new double[2];
    int n = 0;
    for (boolean first = true; nextElement(first); first = false) {
      if (!numberNext()) {
        throw new IllegalArgumentException("position holds " + what() + " where numbers were expected");
      }
      double v = number();
      if (n < 2) {
        xy[n] = v;
      }
      n++;
    }
    if (n < 2) {
      throw new IllegalArgumentException("position has " + n + " number(s), expected at least 2");
    }
    return xy;
  }

  /** An array of positions, after its '['. */
  private Ring ring() throws SyntaxError {
    double[] xy = new double[64];
    int size = 0;
    for (boolean first = true; nextElement(first); first = false) {
      if (peek() != '[') {
        throw new IllegalArgumentException("coordinates hold " + what() + " where an array was expected");
      }
      p++;
      if (!numberNext()) {
        throw new IllegalArgumentException("ring holds an array where a position was expected");
      }
      double[] pos = position();
      if (2 * size + 2 > xy.length) {
        xy = Arrays.copyOf(xy, xy.length * 2);
      }
      xy[2 * size] = pos[0];
      xy[2 * size + 1] = pos[1];
      size++;
    }
    return new Ring(xy, size);
  }

  /** The kind of the next value, for messages. */
  private String what() {
    int c = peek();
    return switch (c) {
      case '{' -> "an object";
      case '[' -> "an array";
      case '"' -> "a string";
      case 't', 'f' -> "a boolean";
      case 'n' -> "null";
      case -1 -> "the end of the file";
      default -> "a number";
    };
  }

  /** A syntax error at the current position. */
  SyntaxError error(String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(p, b.length); i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String found = p >= b.length ? "the end of the input" : "'" + (char) (b[p] & 0xFF) + "'";
    return new SyntaxError(what + ", found " + found + " at line " + line + ", column " + (p - lineStart + 1));
  }
}
