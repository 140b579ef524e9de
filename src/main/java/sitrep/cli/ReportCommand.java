package sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.GazetteerFinder;
import sitrep.pipeline.OutputWriter;
import sitrep.pipeline.Pipeline;
import sitrep.pipeline.Progress;

/** The main job: ingest, extract, geocode, merge, render, write the report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Read articles and write the briefing report, charts, map and exports to the output folder.")
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin VerbosityOptions verbosity;
  @Mixin FigureOptions figures;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Progress progress = CommandSupport.progress(spec, verbosity);
    sitrep.render.RenderOptions renderOptions = figures.toRenderOptions(spec);
    sitrep.pipeline.OutputFiles.prepareFolder(output.out);
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(new GazetteerFinder(CommandSupport.gazetteer(progress)), diagnostics, progress);
    try (Pipeline.Result result = pipeline.run(input.inputs, input.manifest, input.from, input.to)) {
      new OutputWriter(progress).write(result.incidents(), output.out, output.title, result.documents(),
          diagnostics.issues(), renderOptions);
      CommandSupport.summarise(diagnostics, spec.commandLine().getErr(), verbosity);
      spec.commandLine().getOut().println("sitrep: " + result.incidents().incidents().size() + " incidents from "
          + result.documents() + " documents; report: " + output.out.resolve("report.html"));
    }
    return ExitCodes.OK;
  }
}
