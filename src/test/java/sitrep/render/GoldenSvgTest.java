package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sitrep.model.IncidentSet;
import sitrep.render.chart.Annotation;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.CumulativeRenderer;
import sitrep.render.chart.EventStripRenderer;
import sitrep.render.chart.TimelineRenderer;
import sitrep.render.map.Basemap;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;

/**
 * Golden files: one SVG per renderer, compared as text with src/test/resources/render/golden/. Fonts are the
 * bundled Noto files, ids come from a fresh generator, and every renderer uses Locale.ROOT and UTC, so the text is
 * the same on every machine. After an intended change, rewrite them with
 * {@code mvn test -Dtest=GoldenSvgTest -Dsitrep.updateGolden=true} and review the diff like code.
 */
class GoldenSvgTest {
  private static final Path GOLDEN = Path.of("src/test/resources/render/golden");
  private static final List<Annotation> KEY_DATES = List.of(
      new Annotation(LocalDate.of(2023, 10, 17), "Attacks resume"),
      new Annotation(LocalDate.of(2024, 1, 28), "Tower 22"));
  private static Basemap basemap;
  private static final IncidentSet SET = SampleIncidents.realistic();
  private static final ChartOptions CHART = ChartOptions.document("Attacks on US forces").withAnnotations(KEY_DATES);

  @BeforeAll
  static void loadFixture() throws IOException {
    try (InputStream c = GoldenSvgTest.class.getResourceAsStream("/render/countries-fixture.geojson.gz");
        InputStream a = GoldenSvgTest.class.getResourceAsStream("/render/admin1-fixture.geojson.gz")) {
      basemap = Basemap.load(c, a);
    }
  }

  @Test
  void timelineMatchesGoldenSvg() throws IOException {
    check("timeline.svg", () -> TimelineRenderer.render(SET, CHART));
  }

  @Test
  void cumulativeMatchesGoldenSvg() throws IOException {
    check("timeline-cumulative.svg", () -> CumulativeRenderer.render(SET, CHART.withStackBy("actor")));
  }

  @Test
  void eventStripMatchesGoldenSvg() throws IOException {
    check("event-strip.svg", () -> EventStripRenderer.render(SET, CHART, EventStripRenderer.Rows.SITE));
  }

  @Test
  void mapMatchesGoldenSvg() throws IOException {
    check("map.svg", () -> MapRenderer.render(SET, basemap, MapOptions.of(Preset.DOCUMENT, "Strike locations")));
  }

  @Test
  void provinceMapMatchesGoldenSvg() throws IOException {
    check("map-provinces.svg", () -> MapRenderer.renderProvinces(SET, basemap,
        MapOptions.of(Preset.DOCUMENT, "Incidents per province")));
  }

  private static void check(String name, Supplier<Figure> figure) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigureWriter.svg(figure.get(), out, false);
    String actual = out.toString(StandardCharsets.UTF_8);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    FigureWriter.svg(figure.get(), again, false);
    assertEquals(actual, again.toString(StandardCharsets.UTF_8), name + ": two renders differ");
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("sitrep.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        name + " differs from " + file + " (if intended, rerun with -Dsitrep.updateGolden=true and review the diff)");
  }
}
