package sitrep.model;

/**
 * An inclusive range of counts reported by different sources for one value.
 *
 * @param min the smallest reported value, at least 0
 * @param max the largest reported value, at least min
 */
public record IntRange(int min, int max) {
  public IntRange {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("range [" + min + ", " + max + "] is not a valid count range");
    }
  }
}
