package sitrep.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.IncidentSet;
import sitrep.model.Weapon;
import sitrep.render.Figure;
import sitrep.render.FigureWriter;
import sitrep.render.SampleIncidents;

class TimelineRendererTest {
  private static final ChartOptions DOC = ChartOptions.document("Attacks");

  private static boolean notBlank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        if (image.getRGB(x, y) != first) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void picksBucketsFromTheSpan() {
    LocalDate start = LocalDate.of(2023, 10, 1);
    assertEquals(TimeBucket.DAY, TimeBucket.forSpan(start, start));
    assertEquals(TimeBucket.DAY, TimeBucket.forSpan(start, start.plusDays(119)));
    assertEquals(TimeBucket.WEEK, TimeBucket.forSpan(start, start.plusDays(120)));
    assertEquals(TimeBucket.WEEK, TimeBucket.forSpan(start, start.plusYears(2)));
    assertEquals(TimeBucket.MONTH, TimeBucket.forSpan(start, start.plusYears(4)));
  }

  @Test
  void drawsASixMonthSpanPerWeek() {
    IncidentSet set = SampleIncidents.builder()
        .add("2023-09-01", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, null)
        .add("2023-11-15", SampleIncidents.TANF, Weapon.DRONE, "Islamic Resistance in Iraq")
        .add("2024-02-28", SampleIncidents.ERBIL, Weapon.DRONE, "Islamic Resistance in Iraq")
        .build();
    TimelineFigure f = assertInstanceOf(TimelineFigure.class, TimelineRenderer.render(set, DOC));
    assertEquals(TimeBucket.WEEK, f.bucket());
    XYPlot plot = f.chart().getXYPlot();
    assertEquals("Incidents per week", plot.getRangeAxis().getLabel());
    // one bar per ISO week from Monday 28 Aug 2023 to the week of 28 Feb 2024
    assertEquals(27, plot.getDataset().getItemCount(0));
    assertEquals(2, plot.getDataset().getSeriesCount(), "rocket and drone");
  }

  @Test
  void aMonthIsDrawnPerDay() {
    IncidentSet set = SampleIncidents.builder()
        .add("2024-01-01", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, null)
        .add("2024-01-30", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, null)
        .build();
    TimelineFigure f = (TimelineFigure) TimelineRenderer.render(set, DOC);
    assertEquals(TimeBucket.DAY, f.bucket());
    assertEquals(30, f.chart().getXYPlot().getDataset().getItemCount(0));
  }

  @Test
  void rendersThePngAtTheRequestedSize() throws IOException {
    Figure f = TimelineRenderer.render(SampleIncidents.realistic(), ChartOptions.slide("Attacks"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureWriter.pngBytes(f, 1)));
    assertEquals(1920, image.getWidth());
    assertEquals(1080, image.getHeight());
    assertTrue(notBlank(image));
  }

  @Test
  void countsUndatedIncidentsInTheSourceLine() {
    TimelineFigure f = (TimelineFigure) TimelineRenderer.render(SampleIncidents.realistic(), DOC);
    String footer = null;
    for (int i = 0; i < f.chart().getSubtitleCount(); i++) {
      if (f.chart().getSubtitle(i) instanceof TextTitle t && t.getText().startsWith("Source:")) {
        footer = t.getText();
      }
    }
    assertEquals("Source: 13 reports, sitrep.  2 undated incidents not shown.", footer);
  }

  @Test
  void anEmptySetRendersANoDataFigure() throws IOException {
    Figure f = TimelineRenderer.render(new IncidentSet(List.of()), DOC);
    NoDataFigure empty = assertInstanceOf(NoDataFigure.class, f);
    assertEquals("No dated incidents", empty.message());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureWriter.pngBytes(f, 1)));
    assertEquals(1200, image.getWidth());
    assertTrue(notBlank(image));
  }

  @Test
  void onlyUndatedIncidentsRenderANoDataFigure() {
    IncidentSet set = SampleIncidents.builder().add(null, SampleIncidents.TANF, Weapon.DRONE, null).build();
    assertInstanceOf(NoDataFigure.class, TimelineRenderer.render(set, DOC));
  }

  @Test
  void stacksByActorWithOtherActorsBeyondSeven() {
    SampleIncidents b = SampleIncidents.builder();
    for (int i = 0; i < 10; i++) {
      b.add("2024-01-" + (10 + i), SampleIncidents.TANF, Weapon.DRONE, "Group " + (char) ('A' + i));
    }
    TimelineFigure f = (TimelineFigure) TimelineRenderer.render(b.build(), DOC.withStackBy("actor"));
    var data = f.chart().getXYPlot().getDataset();
    assertEquals(TimelineRenderer.MAX_ACTORS + 1, data.getSeriesCount());
    assertEquals(TimelineRenderer.OTHER_ACTORS, data.getSeriesKey(data.getSeriesCount() - 1));
  }

  @Test
  void rejectsAnUnknownStacking() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChartOptions("t", 1200, 675, "target"));
    assertTrue(e.getMessage().contains("'target'"), e.getMessage());
  }

  @Test
  void svgIsByteIdenticalAndPdfHasOnePage(@TempDir Path dir) throws IOException {
    IncidentSet set = SampleIncidents.realistic();
    FigureWriter.writeSvg(TimelineRenderer.render(set, DOC), dir.resolve("a.svg"));
    FigureWriter.writeSvg(TimelineRenderer.render(set, DOC), dir.resolve("b.svg"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.svg")), Files.readAllBytes(dir.resolve("b.svg")));
    FigureWriter.writePdf(TimelineRenderer.render(set, DOC), dir.resolve("t.pdf"));
    try (PDDocument doc = Loader.loadPDF(dir.resolve("t.pdf").toFile())) {
      assertEquals(1, doc.getNumberOfPages());
    }
  }
}
