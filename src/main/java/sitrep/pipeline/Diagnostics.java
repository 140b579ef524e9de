package sitrep.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Collects the per-item issues of a run; thread-safe. Nothing is dropped silently. */
public final class Diagnostics {
  private final List<Issue> issues = new ArrayList<>();
  private static final Comparator<Issue> ORDER = Comparator
      .comparing(Issue::doc, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
      .thenComparingInt(Issue::line);

  private final Consumer<Issue> listener;

  /** @param listener told of each issue as it is reported (e.g. to print a warning), may be null */
  public Diagnostics(Consumer<Issue> listener) {
    this.listener = listener;
  }

  public Diagnostics() {
    this(null);
  }

  /** Records an issue. */
  public void report(String code, String doc, int line, String message) {
    Issue issue = new Issue(code, doc, line, message);
    synchronized (issues) {
      issues.add(issue);
    }
    if (listener != null) {
      listener.accept(issue);
    }
  }

  /**
   * The issues so far, ordered by document (issues without one first) and line, then in report order. The order
   * does not depend on the number of threads or on the order of files on disk.
   */
  public List<Issue> issues() {
    List<Issue> copy;
    synchronized (issues) {
      copy = new ArrayList<>(issues);
    }
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /** Number of issues so far. */
  public int size() {
    synchronized (issues) {
      return issues.size();
    }
  }

  /** Count of issues by code, sorted by code. */
  public Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Issue i : issues()) {
      counts.merge(i.code(), 1, Integer::sum);
    }
    return counts;
  }
}
