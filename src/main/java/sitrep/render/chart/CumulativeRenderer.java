package sitrep.render.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.render.Figure;

/**
 * Draws the cumulative incidents chart: the running total of incidents at the end of each day, week or month (the
 * bucket of {@link TimeBucket#forSpan}), as areas stacked by weapon or actor, with the key-date markers. Undated
 * incidents are counted in the source line; an empty set gives a "No dated incidents" figure.
 */
public final class CumulativeRenderer {
  private CumulativeRenderer() {}

  /**
   * Renders the cumulative chart of a set.
   *
   * @param set the incidents, never null
   * @param options size, title, stacking and annotations, never null
   * @return the figure, never null
   */
  public static Figure render(IncidentSet set, ChartOptions options) {
    List<Incident> dated = TimelineRenderer.dated(set);
    TimelineRenderer.ChartStyle style = new TimelineRenderer.ChartStyle(options.width(), options.height());
    String source = TimelineRenderer.sourceLine(set, set.incidents().size() - dated.size());
    if (dated.isEmpty()) {
      return new NoDataFigure(options, style, "No dated incidents", source);
    }
    LocalDate from = dated.get(0).date();
    LocalDate to = dated.get(dated.size() - 1).date();
    TimeBucket bucket = TimeBucket.forSpan(from, to);
    TimelineRenderer.Categories cats = TimelineRenderer.categories(dated, options.stackBy());
    Function<Incident, String> category = cats.of();

    Map<String, Integer> running = new LinkedHashMap<>();
    cats.colours().keySet().forEach(k -> running.put(k, 0));
    TimeTableXYDataset data = new TimeTableXYDataset(TimelineRenderer.UTC, java.util.Locale.ROOT);
    LocalDate start = bucket.start(from);
    long t0 = TimelineRenderer.millis(start);
    for (String k : running.keySet()) {
      data.add(new SimpleTimePeriod(t0, t0), 0, k, false);
    }
    int index = 0;
    LocalDate end = start;
    for (LocalDate b = start; !b.isAfter(to); b = bucket.next(b)) {
      LocalDate nextStart = bucket.next(b);
      while (index < dated.size() && dated.get(index).date().isBefore(nextStart)) {
        running.merge(category.apply(dated.get(index)), 1, Integer::sum);
        index++;
      }
      long t = TimelineRenderer.millis(nextStart);
      for (Map.Entry<String, Integer> e : running.entrySet()) {
        data.add(new SimpleTimePeriod(t, t), e.getValue(), e.getKey(), false);
      }
      end = nextStart;
    }

    DateAxis x = TimelineRenderer.dateAxis(style, bucket, start, end);
    NumberAxis y = TimelineRenderer.countAxis(style, "Incidents, running total", dated.size(),
        options.annotations().size());
    StackedXYAreaRenderer2 areas = new StackedXYAreaRenderer2();
    areas.setDefaultToolTipGenerator(null);
    areas.setLegendArea(new Rectangle2D.Double(-style.px(8), -style.px(8), style.px(16), style.px(16)));
    areas.setOutline(true);
    areas.setDefaultOutlinePaint(java.awt.Color.WHITE);
    areas.setDefaultOutlineStroke(new BasicStroke(style.px(0.75f)));
    int s = 0;
    for (Paint p : cats.colours().values()) {
      areas.setSeriesPaint(s, p);
      areas.setSeriesOutlinePaint(s, java.awt.Color.WHITE);
      s++;
    }
    XYPlot plot = new XYPlot(data, x, y, areas);
    TimelineRenderer.stylePlot(plot, style);
    JFreeChart chart = TimelineRenderer.frame(plot, style, true);
    TimelineRenderer.annotate(plot, style, options.annotations());
    String subtitle = TimelineRenderer.count(dated.size(), "incident") + ", "
        + TimelineRenderer.dateRange(from, to) + "  \u00b7  running total at the end of each " + bucket.word()
        + ", by " + options.stackBy();
    TimelineRenderer.decorate(chart, style, options.title(), subtitle, source);
    return new TimelineFigure(options.width(), options.height(), chart, bucket);
  }
}
