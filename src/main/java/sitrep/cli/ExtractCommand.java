package sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.export.IncidentJson;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.GazetteerFinder;
import sitrep.pipeline.Pipeline;
import sitrep.pipeline.Progress;

/** Ingest, extract, geocode and merge; write incidents JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read articles and write the incidents as JSON (to stdout unless -o is given).")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin VerbosityOptions verbosity;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write incidents.json here instead of stdout.")
  Path output;

  @Override
  public Integer call() {
    Progress progress = CommandSupport.progress(spec, verbosity);
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(new GazetteerFinder(CommandSupport.gazetteer(progress)), diagnostics, progress);
    try (Pipeline.Result result = pipeline.run(input.inputs, input.manifest, input.from, input.to)) {
      if (output == null) {
        spec.commandLine().getOut().print(IncidentJson.toJson(result.incidents()));
        spec.commandLine().getOut().flush();
      } else {
        Path parent = output.toAbsolutePath().getParent();
        sitrep.pipeline.OutputFiles.prepareFolder(parent);
        IncidentJson.write(result.incidents(), output);
      }
    }
    CommandSupport.summarise(diagnostics, spec.commandLine().getErr(), verbosity);
    return ExitCodes.OK;
  }
}
