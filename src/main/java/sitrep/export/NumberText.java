package sitrep.export;

import java.util.function.DoubleFunction;

/**
 * Number formatting with a small cache: the exports format the same few coordinates and confidences over and over
 * (one place is hit by many incidents), and {@link Double#toString} is the costly part of a number. A direct-mapped
 * table of immutable entries, safe to share between threads (a lost update only costs a new formatting).
 */
final class NumberText {
  private record Entry(long bits, String text) {}

  private static final int SIZE = 1 << 10;
  private static final Entry[] JAVA = new Entry[SIZE];
  private static final Entry[] PLAIN = new Entry[SIZE];

  private NumberText() {}

  /** {@link Double#toString(double)}. */
  static String java(double d) {
    return cached(JAVA, d, Double::toString);
  }

  /** {@link IncidentFields#decimal}'s plain decimal text of d. */
  static String plain(double d) {
    return cached(PLAIN, d, IncidentFields::plainDecimal);
  }

  private static String cached(Entry[] table, double d, DoubleFunction<String> format) {
    long bits = Double.doubleToRawLongBits(d);
    int h = (int) (bits ^ (bits >>> 32));
    int slot = (h * 0x9E3779B9) >>> 22;
    Entry e = table[slot];
    if (e != null && e.bits == bits) {
      return e.text;
    }
    String text = format.apply(d);
    table[slot] = new Entry(bits, text);
    return text;
  }
}
