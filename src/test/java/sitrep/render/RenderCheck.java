package sitrep.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import sitrep.model.IncidentSet;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.TimelineRenderer;
import sitrep.render.map.Basemap;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;

/**
 * Writes sample figures for a human to look at (not a test):
 * {@code java -cp ... sitrep.render.RenderCheck OUT_DIR [COUNTRIES.geojson.gz ADMIN1.geojson.gz]}.
 */
public final class RenderCheck {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/render-check");
    Files.createDirectories(dir);
    IncidentSet set = SampleIncidents.realistic();
    String title = "Attacks on US forces and shipping, Oct 2023 \u2013 Feb 2024";
    long t0 = System.nanoTime();
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline-slide.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.document(title)), dir.resolve("timeline-doc.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.document(title).withStackBy("actor")),
        dir.resolve("timeline-actor.png"), 1);
    FigureWriter.writePng(TimelineRenderer.render(new IncidentSet(java.util.List.of()), ChartOptions.document(title)),
        dir.resolve("timeline-empty.png"), 1);
    FigureWriter.writeSvg(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline.svg"));
    FigureWriter.writePdf(TimelineRenderer.render(set, ChartOptions.slide(title)), dir.resolve("timeline.pdf"));
    IncidentSet january = new IncidentSet(set.incidents().stream()
        .filter(i -> i.date() != null && i.date().isAfter(java.time.LocalDate.of(2023, 12, 31))).toList());
    FigureWriter.writePng(TimelineRenderer.render(january, ChartOptions.slide("January and February 2024")),
        dir.resolve("timeline-daily.png"), 1);
    SampleIncidents years = SampleIncidents.builder();
    for (int k = 0; k < 60; k++) {
      years.add(java.time.LocalDate.of(2020, 1, 5).plusDays(k * 23L + (k * k) % 17).toString(),
          SampleIncidents.AIN_AL_ASAD, sitrep.model.Weapon.values()[k % 3], null);
    }
    FigureWriter.writePng(TimelineRenderer.render(years.build(), ChartOptions.document("Four years")),
        dir.resolve("timeline-monthly.png"), 1);
    long t1 = System.nanoTime();
    Basemap basemap;
    if (args.length > 2) {
      try (InputStream c = Files.newInputStream(Path.of(args[1])); InputStream a = Files.newInputStream(Path.of(args[2]))) {
        basemap = Basemap.load(c, a);
      }
    } else {
      basemap = Basemap.loadBundled();
    }
    long t2 = System.nanoTime();
    Figure slide = MapRenderer.render(set, basemap, MapOptions.slide(title));
    long t3 = System.nanoTime();
    FigureWriter.writePng(slide, dir.resolve("map-slide.png"), 1);
    FigureWriter.writePng(MapRenderer.render(set, basemap, MapOptions.document(title)), dir.resolve("map-doc.png"), 1);
    FigureWriter.writeSvg(slide, dir.resolve("map.svg"));
    FigureWriter.writePdf(slide, dir.resolve("map.pdf"));
    FigureWriter.writePng(MapRenderer.render(new IncidentSet(java.util.List.of()), basemap, MapOptions.document(title)),
        dir.resolve("map-empty.png"), 1);
    IncidentSet iraqOnly = new IncidentSet(set.incidents().stream()
        .filter(i -> i.place() != null && "IQ".equals(i.place().country())).toList());
    FigureWriter.writePng(MapRenderer.render(iraqOnly, basemap, MapOptions.document("Iraq only")),
        dir.resolve("map-iraq.png"), 1);
    IncidentSet one = new IncidentSet(set.incidents().subList(0, 1));
    FigureWriter.writePng(MapRenderer.render(one, basemap, MapOptions.document("One incident")),
        dir.resolve("map-one.png"), 1);
    long t4 = System.nanoTime();
    System.out.printf("charts %d ms, basemap load %d ms, map layout %d ms, maps written %d ms%n",
        (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000);
  }
}
