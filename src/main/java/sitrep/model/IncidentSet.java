package sitrep.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The incidents of one run, in output order (date, then id).
 *
 * @param incidents the incidents, never null; copied unless it is an immutable list {@link OnDemand}
 */
public record IncidentSet(List<Incident> incidents) {
  public IncidentSet {
    incidents = incidents instanceof OnDemand ? incidents : List.copyOf(incidents == null ? List.of() : incidents);
  }

  /**
   * An immutable list whose incidents are read when asked for (from a file), so a large run does not hold them all
   * in memory: iterate it once per output rather than copying it.
   */
  public interface OnDemand {}

  /** Number of distinct source documents over all incidents. */
  public long sourceDocumentCount() {
    Set<String> docs = new HashSet<>();
    for (Incident i : incidents) {
      for (SourceRef s : i.sources()) {
        docs.add(s.doc());
      }
    }
    return docs.size();
  }
}
