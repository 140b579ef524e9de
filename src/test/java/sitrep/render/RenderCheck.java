package sitrep.render;

import java.nio.file.Files;
import java.nio.file.Path;
import sitrep.model.IncidentSet;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.TimelineRenderer;

/** Writes sample figures for a human to look at: {@code java ... sitrep.render.RenderCheck /tmp/render-check}. */
public final class RenderCheck {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/render-check");
    Files.createDirectories(dir);
    IncidentSet set = SampleIncidents.realistic();
    String title = "Attacks on US forces and shipping, Oct 2023 \u2013 Feb 2024";
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline-slide.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.document(title)), dir.resolve("timeline-doc.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.document(title).withStackBy("actor")),
        dir.resolve("timeline-actor.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(new IncidentSet(java.util.List.of()), ChartOptions.document(title)),
        dir.resolve("timeline-empty.png"), 1);
    FigureWriter.writeSvg(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline.svg"));
    FigureWriter.writePdf(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline.pdf"));
  }
}
