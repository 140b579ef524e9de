package sitrep.geocode;

import java.util.List;

/**
 * A gazetteer or actor name found in a text.
 *
 * @param start offset of the first character of the surface in the original text
 * @param end offset after the last character of the surface in the original text
 * @param surface the text between start and end, exactly as written; never null
 * @param entries every entry sharing the normalised name (after filtering out readings the text rules out), in
 *     gazetteer order; never null or empty
 * @param <T> {@link GazetteerEntry} or {@link ActorEntry}
 */
public record NameMatch<T>(int start, int end, String surface, List<T> entries) {

  public NameMatch {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("match offsets [" + start + ", " + end + ") are not a range");
    }
    if (surface == null) {
      throw new IllegalArgumentException("match surface is null");
    }
    entries = List.copyOf(entries);
  }
}
