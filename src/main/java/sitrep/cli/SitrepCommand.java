package sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sitrep.pipeline.SitrepException;

/** The root command: turns news reports of armed attacks into a briefing. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Turn news reports of armed attacks into incidents, a timeline, a map and a briefing report.",
    subcommands = {ReportCommand.class, ExtractCommand.class, RenderCommand.class, GazetteerCommand.class, BenchCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.FAILED)
public final class SitrepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** The configured command line with the one error handler; tests call this with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepCommand());
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      PrintWriter err = line.getErr();
      boolean verbose = parseResult.originalArgs().contains("--verbose") || parseResult.originalArgs().contains("-v");
      if (ex instanceof SitrepException) {
        err.println("sitrep: " + ex.getMessage());
      } else {
        err.println("sitrep: internal error: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)"));
      }
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILED;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine line = ex.getCommandLine();
      PrintWriter err = line.getErr();
      err.println("sitrep: " + ex.getMessage());
      err.println("see `" + line.getCommandSpec().qualifiedName() + " --help`");
      err.flush();
      return ExitCodes.USAGE;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }
}
