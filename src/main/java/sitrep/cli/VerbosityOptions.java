package sitrep.cli;

import picocli.CommandLine.Option;

/** --verbose and --quiet, shared by every command. */
public final class VerbosityOptions {
  @Option(names = {"-v", "--verbose"}, description = "Print stack traces on errors and every data issue.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress, only errors and the issue summary.")
  boolean quiet;
}
