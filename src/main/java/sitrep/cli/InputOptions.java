package sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of report and extract. */
public final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (walked recursively): .txt, .md, .html, .htm.")
  List<Path> inputs;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "Manifest CSV (file,published,url,title,source). Default: manifest.csv at the top of the input folder.")
  Path manifest;

  @Option(names = "--from", paramLabel = "DATE", description = "Keep incidents on or after this date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Keep incidents on or before this date (YYYY-MM-DD).")
  LocalDate to;
}
