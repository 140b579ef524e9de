package sitrep.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The incidents of one run, in output order (date, then id).
 *
 * @param incidents the incidents, never null
 */
public record IncidentSet(List<Incident> incidents) {
  public IncidentSet {
    incidents = List.copyOf(incidents == null ? List.of() : incidents);
  }

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
