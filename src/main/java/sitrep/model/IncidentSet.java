package sitrep.model;

import java.util.List;

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
    return incidents.stream().flatMap(i -> i.sources().stream()).map(SourceRef::doc).distinct().count();
  }
}
