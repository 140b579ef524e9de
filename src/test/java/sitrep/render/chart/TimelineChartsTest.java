package sitrep.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import sitrep.model.IncidentSet;
import sitrep.model.Weapon;
import sitrep.render.Figure;
import sitrep.render.FigureWriter;
import sitrep.render.SampleIncidents;

/** The cumulative chart, the event strip and the key-date markers. */
class TimelineChartsTest {
  private static final ChartOptions DOC = ChartOptions.document("Attacks");

  private static XYPlot plot(Figure f) {
    return (XYPlot) ((TimelineFigure) f).chart().getPlot();
  }

  private static String footer(Figure f) {
    var chart = ((TimelineFigure) f).chart();
    return ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
  }

  @Test
  void cumulativeChartEndsAtTheNumberOfDatedIncidents() {
    IncidentSet set = SampleIncidents.realistic();
    long dated = set.incidents().stream().filter(i -> i.date() != null).count();
    XYDataset data = plot(CumulativeRenderer.render(set, DOC)).getDataset();
    int last = data.getItemCount(0) - 1;
    double total = 0;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      total += data.getYValue(s, last);
      assertEquals(0, data.getYValue(s, 0), "starts at zero");
    }
    assertEquals(dated, total, 1e-9);
  }

  @Test
  void cumulativeChartOfNothingSaysSo() {
    assertInstanceOf(NoDataFigure.class, CumulativeRenderer.render(new IncidentSet(List.of()), DOC));
  }

  @Test
  void eventStripShowsTheTwelveBusiestSitesMostFirstAndCountsTheRest() {
    SampleIncidents b = SampleIncidents.builder();
    for (int k = 0; k < 14; k++) {
      sitrep.model.Place p = new sitrep.model.Place("Site " + (char) ('A' + k), 33.0 + k * 0.1, 42.0, "IQ", null,
          sitrep.model.PlacePrecision.SITE, null);
      for (int n = 0; n <= k; n++) {
        b.add(LocalDate.of(2024, 1, 1).plusDays(n).toString(), p, Weapon.ROCKET, null);
      }
    }
    b.add("2024-01-05", null, Weapon.DRONE, null);
    IncidentSet set = b.build();
    Figure f = EventStripRenderer.render(set, DOC, EventStripRenderer.Rows.SITE);
    SymbolAxis y = (SymbolAxis) plot(f).getRangeAxis();
    assertEquals(EventStripRenderer.MAX_ROWS, y.getSymbols().length);
    assertEquals("Site N  (14)", y.getSymbols()[EventStripRenderer.MAX_ROWS - 1], "busiest row on top");
    assertEquals(List.of("Site N", "Site M"), EventStripRenderer.rowNames(set, EventStripRenderer.Rows.SITE)
        .subList(0, 2));
    // sites A and B (1 + 2 incidents) and the placeless one are not drawn, and the footer says so
    assertTrue(footer(f).contains("4 dated incidents at other places or without a place not shown"), footer(f));
  }

  @Test
  void eventStripByActorColoursByWeaponWhenStackedByActor() {
    IncidentSet set = SampleIncidents.realistic();
    Figure f = EventStripRenderer.render(set, DOC.withStackBy("actor"), EventStripRenderer.Rows.ACTOR);
    XYDataset data = plot(f).getDataset();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      String key = data.getSeriesKey(s).toString();
      assertTrue(java.util.Arrays.stream(Weapon.values()).anyMatch(w -> sitrep.render.Palette.weaponLabel(w)
          .equals(key)), key);
    }
  }

  @Test
  void keyDatesAreDrawnAsAnAnnotationLayerOnEveryTimelineChart() {
    ChartOptions marked = DOC.withAnnotations(List.of(new Annotation(LocalDate.of(2024, 1, 28), "Tower 22")));
    IncidentSet set = SampleIncidents.realistic();
    for (Figure f : List.of(TimelineRenderer.render(set, marked), CumulativeRenderer.render(set, marked),
        EventStripRenderer.render(set, marked, EventStripRenderer.Rows.SITE))) {
      assertEquals(1, plot(f).getAnnotations().size());
      assertInstanceOf(AnnotationLayer.class, plot(f).getAnnotations().get(0));
      assertTrue(FigureWriter.pngBytes(f, 1).length > 1000);
    }
    assertEquals(0, plot(TimelineRenderer.render(set, DOC)).getAnnotations().size());
  }

  @Test
  void anAnnotationOutsideTheChartIsSkippedWithoutFailing() {
    ChartOptions marked = DOC.withAnnotations(List.of(new Annotation(LocalDate.of(1990, 8, 2), "Far away")));
    assertTrue(FigureWriter.pngBytes(TimelineRenderer.render(SampleIncidents.realistic(), marked), 1).length > 1000);
  }
}
