package sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.export.IncidentJson;
import sitrep.model.IncidentSet;
import sitrep.pipeline.OutputWriter;
import sitrep.pipeline.Progress;

/** Charts, map, report and exports from an incidents file. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Write the report, charts, map and exports from an incidents.json (for instance one corrected by hand).")
public final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin VerbosityOptions verbosity;
  @Mixin FigureOptions figures;

  @Parameters(index = "0", paramLabel = "INCIDENTS.json", description = "An incidents file in the format of SPEC.md.")
  Path incidents;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Progress progress = CommandSupport.progress(spec, verbosity);
    sitrep.render.RenderOptions renderOptions = figures.toRenderOptions(spec);
    OutputWriter writer = new OutputWriter(progress); // loads the basemap while the incidents are read
    // the incidents are read on a thread of their own; the outputs that go over them in order start at once
    IncidentSet set = IncidentJson.readArriving(incidents);
    writer.write(set, output.out, output.title, OutputWriter.CITED_DOCUMENTS, List.of(), renderOptions);
    spec.commandLine().getOut().println("sitrep: " + set.incidents().size() + " incidents rendered; report: "
        + output.out.resolve("report.html"));
    return ExitCodes.OK;
  }
}
