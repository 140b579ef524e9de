package sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Collects the per-item issues of a run; thread-safe. Nothing is dropped silently. */
public final class Diagnostics {
  private final List<Issue> issues = new ArrayList<>();
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

  /** The issues so far, in report order. */
  public List<Issue> issues() {
    synchronized (issues) {
      return List.copyOf(issues);
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
