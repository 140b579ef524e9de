package sitrep.geocode;

import java.util.List;

/**
 * One ranked reading of a place name.
 *
 * @param entry the gazetteer entry; never null
 * @param score higher is more likely; only comparable within one ranking
 * @param reasons short explanations of the score parts, e.g. {@code "kind air_base +3"}; never null
 */
public record Candidate(GazetteerEntry entry, double score, List<String> reasons) {

  public Candidate {
    if (entry == null) {
      throw new IllegalArgumentException("candidate entry is null");
    }
    reasons = List.copyOf(reasons);
  }
}
