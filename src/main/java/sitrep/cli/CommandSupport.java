package sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import sitrep.geocode.Gazetteer;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.Issue;
import sitrep.pipeline.Progress;

/** What the commands share: progress, the issue summary, the gazetteer. */
final class CommandSupport {
  private CommandSupport() {}

  static Progress progress(CommandSpec spec, VerbosityOptions v) {
    boolean terminal = System.console() != null && System.getenv("CI") == null;
    return new Progress(spec.commandLine().getErr(), terminal, v.quiet);
  }

  static Gazetteer gazetteer(Progress progress) {
    progress.start("geocode", 1);
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.loadBundled();
    progress.message("gazetteer: " + g.size() + " places loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    return g;
  }

  /** Prints the issues: counts by code, then the first few (all with --verbose). */
  static void summarise(Diagnostics diagnostics, PrintWriter err, VerbosityOptions v) {
    List<Issue> issues = diagnostics.issues();
    if (issues.isEmpty()) {
      return;
    }
    StringBuilder counts = new StringBuilder();
    for (Map.Entry<String, Integer> e : diagnostics.countsByCode().entrySet()) {
      counts.append(counts.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
    }
    err.println("sitrep: " + issues.size() + " data issue" + (issues.size() == 1 ? "" : "s") + " (" + counts + "):");
    int limit = v.verbose ? Integer.MAX_VALUE : 20;
    issues.stream().limit(limit).forEach(i -> err.println("  " + i.format()));
    if (issues.size() > limit) {
      err.println("  ... " + (issues.size() - limit) + " more (use --verbose to see all)");
    }
    err.flush();
  }
}
