package sitrep.model;

import java.lang.ref.WeakReference;
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

  /**
   * Number of distinct source documents over all incidents. Counted once per list: the report and every chart ask
   * for it, and over 100,000 incidents counting takes a while (the list is immutable, so the count stays right).
   */
  public long sourceDocumentCount() {
    synchronized (COUNTED) {
      for (int k = 0; k < COUNTED.length; k++) {
        if (COUNTED[k] != null && COUNTED[k].get() == incidents) {
          return COUNTS[k];
        }
      }
    }
    Set<String> docs = new HashSet<>();
    for (Incident i : incidents) {
      for (SourceRef s : i.sources()) {
        docs.add(s.doc());
      }
    }
    synchronized (COUNTED) {
      COUNTED[next] = new WeakReference<>(incidents);
      COUNTS[next] = docs.size();
      next = (next + 1) % COUNTED.length;
    }
    return docs.size();
  }

  /** The lists last counted (held weakly, compared by identity) and their counts: a small ring. */
  @SuppressWarnings("unchecked")
  private static final WeakReference<List<Incident>>[] COUNTED = new WeakReference[4];

  private static final long[] COUNTS = new long[4];
  private static int next;
}
