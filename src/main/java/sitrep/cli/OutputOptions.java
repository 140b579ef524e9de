package sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output folder and report title of report and render. */
public final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--title", paramLabel = "TEXT", description = "Report title.")
  String title;
}
