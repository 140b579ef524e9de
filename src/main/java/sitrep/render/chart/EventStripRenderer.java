package sitrep.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.render.Figure;
import sitrep.render.Palette;

/**
 * Draws the event strip: one tick per incident on a time axis, one row per site or per actor (the
 * {@value #MAX_ROWS} with most incidents, most first), coloured by weapon or actor, with the key-date markers.
 * Ticks of one row and colour close enough to overlap are drawn as one opaque bar from the first to the last, so
 * the figure costs (and weighs, as SVG or PDF) the same for 100,000 incidents as for a few hundred.
 * Incidents in other rows, without a place (site rows) or without a date are counted in the source line.
 */
public final class EventStripRenderer {
  /** Rows shown at most. */
  public static final int MAX_ROWS = 12;

  /** Longest row label; longer names are shortened with an ellipsis. */
  static final int MAX_LABEL = 30;

  private EventStripRenderer() {}

  /** What the rows are. */
  public enum Rows {
    SITE("site"),
    ACTOR("actor");

    private final String id;

    Rows(String id) {
      this.id = id;
    }

    /** "site" or "actor". */
    public String id() {
      return id;
    }

    /** The value for "site" or "actor" (any case). */
    public static Rows of(String id) {
      for (Rows r : values()) {
        if (r.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
      throw new IllegalArgumentException("event strip rows '" + id + "' is not one of [site, actor]");
    }
  }

  /**
   * Renders the event strip of a set.
   *
   * @param set the incidents, never null
   * @param options size, title, colouring (stackBy) and annotations, never null; when the rows are actors and
   *     stackBy is "actor", the ticks are coloured by weapon instead
   * @param rows one row per site or per actor, never null
   * @return the figure, never null
   */
  public static Figure render(IncidentSet set, ChartOptions options, Rows rows) {
    List<Incident> dated = TimelineRenderer.dated(set);
    TimelineRenderer.ChartStyle style = new TimelineRenderer.ChartStyle(options.width(), options.height());
    Function<Incident, String> rowOf = rows == Rows.SITE
        ? i -> i.place() == null ? null : i.place().name()
        : i -> TimelineRenderer.actorLabel(i.actor());
    Map<String, Integer> perRow = new TreeMap<>();
    for (Incident i : dated) {
      String r = rowOf.apply(i);
      if (r != null) {
        perRow.merge(r, 1, Integer::sum);
      }
    }
    List<String> shown = perRow.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_ROWS).map(Map.Entry::getKey).toList();
    List<Incident> drawn = dated.stream().filter(i -> shown.contains(rowOf.apply(i))).toList();
    String source = sourceLine(set, dated.size(), drawn.size(), rows);
    if (drawn.isEmpty()) {
      return new NoDataFigure(options, style, rows == Rows.SITE ? "No dated incidents with a place"
          : "No dated incidents", source);
    }
    LocalDate from = dated.get(0).date();
    LocalDate to = dated.get(dated.size() - 1).date();
    TimeBucket bucket = TimeBucket.forSpan(from, to);
    String colourBy = rows == Rows.ACTOR && options.stackBy().equals("actor") ? "weapon" : options.stackBy();
    TimelineRenderer.Categories cats = TimelineRenderer.categories(dated, colourBy);

    // row k (0 = most incidents) is drawn at y = n - 1 - k, so that it is the top row
    int n = shown.size();
    Map<String, Integer> rowY = new LinkedHashMap<>();
    String[] symbols = new String[n];
    for (int k = 0; k < n; k++) {
      rowY.put(shown.get(k), n - 1 - k);
      String name = shown.get(k);
      String label = name.length() > MAX_LABEL ? name.substring(0, MAX_LABEL - 1).strip() + "\u2026" : name;
      symbols[n - 1 - k] = label + "  (" + perRow.get(name) + ")";
    }
    LocalDate start = bucket.start(from);
    LocalDate end = bucket.next(bucket.start(to));

    // tick size: most of a row high, and as wide as a day where days are wide enough
    double plotHeight = options.height() * 0.62;
    double rowPx = Math.min(style.px(34), plotHeight / (n + 0.8));
    double days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
    double dayPx = options.width() * 0.7 / Math.max(1, days);
    double w = Math.max(style.px(3), Math.min(style.px(12), dayPx * 0.7));

    // ticks of one row and colour that would overlap are joined into one bar from the first to the last, so a
    // dense strip is a few bars, not one shape per incident (100,000 shapes make a 10 MB SVG for the same picture)
    int gapDays = (int) Math.ceil(w / dayPx) - 1; // ticks this many days apart or less overlap
    XYSeriesCollection data = new XYSeriesCollection();
    Map<String, XYSeries> series = new LinkedHashMap<>();
    Map<String, Map<Integer, Run>> open = new LinkedHashMap<>();
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (String c : cats.colours().keySet()) {
      XYSeries xy = new XYSeries(c, false, true);
      series.put(c, xy);
      data.addSeries(xy);
      open.put(c, new java.util.HashMap<>());
      runs.put(c, new ArrayList<>());
    }
    for (Incident i : drawn) {
      String c = cats.of().apply(i);
      int row = rowY.get(rowOf.apply(i));
      long day = i.date().toEpochDay();
      Run run = open.get(c).get(row);
      if (run != null && day - run.last <= gapDays) {
        run.last = day;
      } else {
        run = new Run(row, day);
        open.get(c).put(row, run);
        runs.get(c).add(run);
      }
    }
    List<double[]> spans = new ArrayList<>(); // per series: the extra width of each item, in milliseconds
    for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
      XYSeries xy = series.get(e.getKey());
      List<Run> list = e.getValue();
      double[] span = new double[list.size()];
      for (int k = 0; k < list.size(); k++) {
        Run r = list.get(k);
        double first = TimelineRenderer.millis(LocalDate.ofEpochDay(r.first));
        double last = TimelineRenderer.millis(LocalDate.ofEpochDay(r.last));
        xy.add((first + last) / 2 + 12 * 3600_000.0, r.row, false);
        span[k] = last - first;
      }
      spans.add(span);
    }

    DateAxis x = TimelineRenderer.dateAxis(style, bucket, start, end);
    SymbolAxis y = new SymbolAxis(null, symbols) {
      private static final long serialVersionUID = 1L;

      @Override
      protected void drawGridBandsVertical(java.awt.Graphics2D g2, Rectangle2D drawArea, Rectangle2D plotArea,
          boolean firstGridBandIsDark, @SuppressWarnings("rawtypes") List ticks) {
        // no band above the last row (that room is for the key-date labels)
        List<Object> rowTicks = new ArrayList<>();
        for (Object t : ticks) {
          if (((org.jfree.chart.axis.ValueTick) t).getValue() < n - 0.5) {
            rowTicks.add(t);
          }
        }
        super.drawGridBandsVertical(g2, drawArea, plotArea, firstGridBandIsDark, rowTicks);
      }
    };
    y.setTickLabelFont(style.tick());
    y.setTickLabelPaint(Palette.TEXT);
    y.setAxisLineVisible(false);
    y.setTickMarksVisible(false);
    y.setGridBandsVisible(true);
    y.setGridBandPaint(new Color(0xF3, 0xF4, 0xF6));
    y.setGridBandAlternatePaint(new Color(0, 0, 0, 0));
    y.setRange(-0.5, n - 0.5 + (options.annotations().isEmpty() ? 0 : Math.min(3, options.annotations().size())
        * 0.45 * Math.max(1, n / 6.0)));
    y.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, style.px(8)));

    Rectangle2D tick = new Rectangle2D.Double(-w / 2, -rowPx * 0.34, w, rowPx * 0.68);
    List<Paint> opaque = new ArrayList<>(cats.colours().values());
    XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true) {
      private static final long serialVersionUID = 1L;
      private double pixelsPerMilli;

      @Override
      public org.jfree.chart.renderer.xy.XYItemRendererState initialise(java.awt.Graphics2D g2,
          Rectangle2D dataArea, XYPlot plot, org.jfree.data.xy.XYDataset dataset,
          org.jfree.chart.plot.PlotRenderingInfo info) {
        org.jfree.data.Range range = plot.getDomainAxis().getRange();
        pixelsPerMilli = dataArea.getWidth() / Math.max(1, range.getLength());
        return super.initialise(g2, dataArea, plot, dataset, info);
      }

      @Override
      public java.awt.Shape getItemShape(int row, int column) {
        double extra = spans.get(row)[column] * pixelsPerMilli;
        if (extra <= 0) {
          return tick; // a single tick
        }
        return new Rectangle2D.Double(-(w + extra) / 2, tick.getY(), w + extra, tick.getHeight());
      }

      @Override
      public Paint getItemPaint(int row, int column) {
        // a joined bar is opaque, as the overlapping ticks it stands for were: no colour shows through it
        return spans.get(row)[column] > 0 ? opaque.get(row) : super.getItemPaint(row, column);
      }
    };
    marks.setDefaultToolTipGenerator(null);
    marks.setUseOutlinePaint(false);
    marks.setDrawOutlines(false);
    int s = 0;
    for (Paint p : cats.colours().values()) {
      marks.setSeriesShape(s, tick);
      marks.setSeriesPaint(s, p instanceof Color c ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 215) : p);
      s++;
    }
    marks.setLegendShape(0, new Rectangle2D.Double(-style.px(8), -style.px(8), style.px(16), style.px(16)));
    for (int k = 0; k < s; k++) {
      marks.setLegendShape(k, new Rectangle2D.Double(-style.px(8), -style.px(8), style.px(16), style.px(16)));
    }

    XYPlot plot = new XYPlot(data, x, y, marks);
    TimelineRenderer.stylePlot(plot, style);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(style.px(1f)));
    JFreeChart chart = TimelineRenderer.frame(plot, style, true);
    TimelineRenderer.annotate(plot, style, options.annotations());
    String subtitle = TimelineRenderer.count(drawn.size(), "incident") + ", " + TimelineRenderer.dateRange(from, to)
        + "  \u00b7  one mark per incident, one row per " + rows.id() + " (top " + n + "), coloured by " + colourBy;
    TimelineRenderer.decorate(chart, style, options.title(), subtitle, source);
    return new TimelineFigure(options.width(), options.height(), chart, bucket);
  }

  /** Ticks of one row and colour drawn as one bar: the first and last day (epoch days). */
  private static final class Run {
    final int row;
    final long first;
    long last;

    Run(int row, long day) {
      this.row = row;
      this.first = day;
      this.last = day;
    }
  }

  private static String sourceLine(IncidentSet set, int dated, int drawn, Rows rows) {
    StringBuilder s = new StringBuilder(TimelineRenderer.sourceLine(set, set.incidents().size() - dated));
    int other = dated - drawn;
    if (other > 0) {
      s.append(s.toString().endsWith(".") ? "  " : ".  ").append(TimelineRenderer.count(other, "dated incident"))
          .append(rows == Rows.SITE ? " at other places or without a place" : " by other actors").append(" not shown.");
    }
    return s.toString();
  }

  /** The row names in display order (for tests). */
  static List<String> rowNames(IncidentSet set, Rows rows) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> perRow = new TreeMap<>();
    for (Incident i : set.incidents()) {
      if (i.date() == null) {
        continue;
      }
      String r = rows == Rows.SITE ? (i.place() == null ? null : i.place().name()) : TimelineRenderer.actorLabel(i.actor());
      if (r != null) {
        perRow.merge(r, 1, Integer::sum);
      }
    }
    perRow.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_ROWS).forEach(e -> out.add(e.getKey()));
    return out;
  }
}
