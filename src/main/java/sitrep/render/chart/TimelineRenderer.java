package sitrep.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Weapon;
import sitrep.render.Figure;
import sitrep.render.Fonts;
import sitrep.render.Palette;

/**
 * Draws the timeline: incidents per day, week or month (chosen from the span, see {@link TimeBucket}) as stacked
 * bars by weapon or actor, with title, date-range subtitle, legend, integer axis and a source line. Incidents
 * without a date are left out and counted in the source line. An empty set gives a "No dated incidents" figure.
 */
public final class TimelineRenderer {
  /** At most this many actors get their own colour; the rest are stacked as "Other actors". */
  static final int MAX_ACTORS = 7;

  static final String OTHER_ACTORS = "Other actors";
  static final String UNKNOWN_ACTOR = "Unknown actor";
  private static final Color OTHER_COLOUR = new Color(0xC8, 0xC8, 0xC8);

  static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
  static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

  private TimelineRenderer() {}

  /**
   * Renders the timeline of a set.
   *
   * @param set the incidents, never null; undated ones are counted, not drawn
   * @param options size, title and stacking, never null
   * @return the figure, never null
   */
  public static Figure render(IncidentSet set, ChartOptions options) {
    List<Incident> dated = dated(set);
    int undated = set.incidents().size() - dated.size();
    ChartStyle style = new ChartStyle(options.width(), options.height());
    String source = sourceLine(set, undated);
    if (dated.isEmpty()) {
      return new NoDataFigure(options, style, "No dated incidents", source);
    }
    LocalDate from = dated.get(0).date();
    LocalDate to = dated.get(dated.size() - 1).date();
    TimeBucket bucket = TimeBucket.forSpan(from, to);

    Categories cats = categories(dated, options.stackBy());
    Map<String, Paint> colours = cats.colours();
    Function<Incident, String> category = cats.of();

    // counts[bucket start][category]
    TreeMap<LocalDate, Map<String, Integer>> counts = new TreeMap<>();
    for (LocalDate b = bucket.start(from); !b.isAfter(to); b = bucket.next(b)) {
      Map<String, Integer> row = new LinkedHashMap<>();
      colours.keySet().forEach(k -> row.put(k, 0));
      counts.put(b, row);
    }
    for (Incident i : dated) {
      counts.get(bucket.start(i.date())).merge(category.apply(i), 1, Integer::sum);
    }
    TimeTableXYDataset data = new TimeTableXYDataset(UTC, Locale.ROOT);
    int max = 0;
    for (Map.Entry<LocalDate, Map<String, Integer>> e : counts.entrySet()) {
      SimpleTimePeriod period = new SimpleTimePeriod(millis(e.getKey()), millis(bucket.next(e.getKey())) - 1);
      int total = 0;
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        data.add(period, c.getValue(), c.getKey(), false);
        total += c.getValue();
      }
      max = Math.max(max, total);
    }

    JFreeChart chart = chart(options, style, data, colours, bucket, counts.firstKey(), bucket.next(counts.lastKey()),
        max);
    annotate((XYPlot) chart.getPlot(), style, options.annotations());
    String subtitle = count(dated.size(), "incident") + ", " + dateRange(from, to) + "  \u00b7  "
        + bucket.adjective() + " counts by " + options.stackBy();
    decorate(chart, style, options.title(), subtitle, source);
    return new TimelineFigure(options.width(), options.height(), chart, bucket);
  }

  /** Date order, then id: how the charts take incidents. */
  static final Comparator<Incident> BY_DATE = TimelineRenderer::byDate;

  /** Dated incidents by date, then id (one method rather than a chain of comparators: it runs 100,000 times). */
  private static int byDate(Incident a, Incident b) {
    int c = a.date().compareTo(b.date());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /**
   * The dated incidents of a set by date, then id: the set's own list filtered when it is in that order already
   * (as a merged set and a sorted copy are), else sorted, so that charts of one set do not sort it again and again.
   * Kept for the last few lists asked about (compared by identity; a set's list never changes), since the four
   * charts of a run ask for the same one. Read-only.
   */
  static List<Incident> dated(IncidentSet set) {
    List<Incident> all = set.incidents();
    synchronized (DATED) {
      for (int k = 0; k < DATED.length; k++) {
        List<Incident> known = DATED[k] != null && DATED[k].get() == all ? DATED_LISTS[k].get() : null;
        if (known != null) {
          return known;
        }
      }
    }
    List<Incident> dated = new ArrayList<>(all.size());
    boolean sorted = true;
    Incident previous = null;
    for (Incident i : all) {
      if (i.date() != null) {
        sorted &= previous == null || byDate(previous, i) <= 0;
        dated.add(i);
        previous = i;
      }
    }
    if (!sorted) {
      dated.sort(BY_DATE);
    }
    List<Incident> result = java.util.Collections.unmodifiableList(dated);
    synchronized (DATED) {
      DATED[nextDated] = new java.lang.ref.WeakReference<>(all);
      DATED_LISTS[nextDated] = new java.lang.ref.SoftReference<>(result);
      nextDated = (nextDated + 1) % DATED.length;
    }
    return result;
  }

  /**
   * The lists last asked about by {@link #dated} (held weakly) and their dated incidents (held softly): a small ring.
   */
  @SuppressWarnings("unchecked")
  private static final java.lang.ref.WeakReference<List<Incident>>[] DATED = new java.lang.ref.WeakReference[2];

  @SuppressWarnings("unchecked")
  private static final java.lang.ref.SoftReference<List<Incident>>[] DATED_LISTS = new java.lang.ref.SoftReference[2];

  private static int nextDated;

  /** The stacking categories of a chart, in stacking order, with their colours, and the category of an incident. */
  record Categories(Map<String, Paint> colours, Function<Incident, String> of) {}

  /** Categories by weapon (those present, in enum order) or by actor (top {@value #MAX_ACTORS}, then others). */
  static Categories categories(List<Incident> dated, String stackBy) {
    Map<String, Paint> colours = new LinkedHashMap<>();
    if (stackBy.equals("actor")) {
      List<String> actors = topActors(dated);
      for (String a : actors) {
        colours.put(a, a.equals(OTHER_ACTORS) ? OTHER_COLOUR : null);
      }
      Map<String, Color> actorColours = Palette.actorColours(
          actors.stream().filter(a -> !a.equals(OTHER_ACTORS)).map(a -> a.equals(UNKNOWN_ACTOR) ? null : a).toList());
      for (String a : actors) {
        if (!a.equals(OTHER_ACTORS)) {
          colours.put(a, a.equals(UNKNOWN_ACTOR) ? Palette.UNKNOWN : actorColours.get(a));
        }
      }
      return new Categories(colours, i -> {
        String a = actorLabel(i.actor());
        return colours.containsKey(a) ? a : OTHER_ACTORS;
      });
    }
    java.util.Set<Weapon> present = java.util.EnumSet.noneOf(Weapon.class);
    for (Incident i : dated) {
      present.add(i.weapon());
    }
    for (Weapon w : present) { // in enum order
      colours.put(Palette.weaponLabel(w), Palette.weapon(w));
    }
    return new Categories(colours, i -> Palette.weaponLabel(i.weapon()));
  }

  /** Adds the key-date markers to a plot with a date axis; annotations outside the axis range are not drawn. */
  static void annotate(XYPlot plot, ChartStyle style, List<Annotation> annotations) {
    if (!annotations.isEmpty()) {
      plot.addAnnotation(new AnnotationLayer(annotations, style), false);
    }
  }

  /** The date axis shared by the timeline charts, ticks chosen for the bucket. */
  static DateAxis dateAxis(ChartStyle style, TimeBucket bucket, LocalDate start, LocalDate end) {
    DateAxis x = new DateAxis(null, UTC, Locale.ROOT);
    x.setStandardTickUnits(tickUnits(bucket));
    x.setTickMarkPosition(bucket == TimeBucket.DAY ? DateTickMarkPosition.MIDDLE : DateTickMarkPosition.START);
    x.setRange(new org.jfree.data.Range(millis(start), millis(end)), true, false);
    x.setLowerMargin(0.01);
    x.setUpperMargin(0.01);
    x.setTickLabelFont(style.tick());
    x.setTickLabelPaint(Palette.TEXT_MUTED);
    x.setAxisLinePaint(Palette.TEXT_MUTED);
    x.setAxisLineStroke(new BasicStroke(style.px(1.2f)));
    x.setTickMarkPaint(Palette.TEXT_MUTED);
    x.setTickMarkStroke(new BasicStroke(style.px(1f)));
    x.setTickMarkInsideLength(0);
    x.setTickMarkOutsideLength(style.px(6));
    x.setTickLabelInsets(new RectangleInsets(style.px(4), 0, 0, 0));
    return x;
  }

  /** A count axis: integer ticks from 0, at least 0..3, with head room for the annotation labels. */
  static NumberAxis countAxis(ChartStyle style, String label, int max, int annotationCount) {
    NumberAxis y = new NumberAxis(label);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    y.setAutoRangeIncludesZero(true);
    double headroom = annotationCount == 0 ? 1.03 : 1.03 + 0.09 * Math.min(annotationCount, 3);
    // at least 0..3 so that a single incident does not fill the whole height
    y.setRange(0, Math.max(max, 3) * headroom + 0.1);
    y.setLabelFont(style.axisLabel());
    y.setLabelPaint(Palette.TEXT_MUTED);
    y.setTickLabelFont(style.tick());
    y.setTickLabelPaint(Palette.TEXT_MUTED);
    y.setAxisLineVisible(false);
    y.setTickMarksVisible(false);
    y.setLabelInsets(new RectangleInsets(0, 0, 0, style.px(10)));
    y.setTickLabelInsets(new RectangleInsets(0, 0, 0, style.px(6)));
    return y;
  }

  /** Styles a plot the way every timeline chart looks (no background, light horizontal grid). */
  static void stylePlot(XYPlot plot, ChartStyle style) {
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(style.px(1f)));
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(style.px(4), style.px(4), style.px(4), style.px(16)));
    plot.setDomainPannable(false);
  }

  /** A chart around the plot with the legend on top (no background: the writer paints it). */
  static JFreeChart frame(XYPlot plot, ChartStyle style, boolean legendVisible) {
    JFreeChart chart = new JFreeChart(null, style.title(), plot, false);
    chart.setBackgroundPaint(null);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(style.px(28), style.px(36), style.px(18), style.px(36)));
    if (legendVisible) {
      LegendTitle legend = new LegendTitle(plot);
      legend.setItemFont(style.legend());
      legend.setItemPaint(Palette.TEXT);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(null);
      legend.setPosition(RectangleEdge.TOP);
      legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
      legend.setItemLabelPadding(new RectangleInsets(0, style.px(6), 0, style.px(22)));
      legend.setMargin(new RectangleInsets(style.px(2), 0, style.px(10), 0));
      chart.addSubtitle(legend);
    }
    return chart;
  }

  private static JFreeChart chart(ChartOptions options, ChartStyle style, TimeTableXYDataset data,
      Map<String, Paint> colours, TimeBucket bucket, LocalDate start, LocalDate end, int max) {
    DateAxis x = dateAxis(style, bucket, start, end);
    NumberAxis y = countAxis(style, "Incidents per " + bucket.word(), max, options.annotations().size());

    StackedXYBarRenderer bars = new StackedXYBarRenderer(bucket == TimeBucket.DAY ? 0.12 : 0.18) {
      private static final long serialVersionUID = 1L;

      @Override
      public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
          Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot,
          org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
          org.jfree.data.xy.XYDataset dataset, int series, int item,
          org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
        // an empty segment would still draw its outline over the axis line
        if (dataset.getYValue(series, item) > 0) {
          super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
              crosshairState, pass);
        }
      }
    };
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.WHITE);
    bars.setDefaultOutlineStroke(new BasicStroke(style.px(0.75f)));
    bars.setLegendBar(new Rectangle2D.Double(-style.px(8), -style.px(8), style.px(16), style.px(16)));
    bars.setDefaultToolTipGenerator(null);
    int s = 0;
    for (Paint p : colours.values()) {
      bars.setSeriesPaint(s, p);
      bars.setSeriesOutlinePaint(s, Color.WHITE);
      s++;
    }

    XYPlot plot = new XYPlot(data, x, y, bars);
    stylePlot(plot, style);
    return frame(plot, style, true);
  }

  static void decorate(JFreeChart chart, ChartStyle style, String title, String subtitle, String source) {
    List<TextTitle> top = new ArrayList<>();
    if (!title.isBlank()) {
      TextTitle t = new TextTitle(title, Fonts.forText(title, true, style.title().getSize2D()));
      t.setPaint(Palette.TEXT);
      top.add(t);
    }
    TextTitle sub = new TextTitle(subtitle, style.subtitle());
    sub.setPaint(Palette.TEXT_MUTED);
    top.add(sub);
    int index = 0;
    for (TextTitle t : top) {
      t.setPosition(RectangleEdge.TOP);
      t.setHorizontalAlignment(HorizontalAlignment.LEFT);
      t.setPadding(new RectangleInsets(0, 0, style.px(6), 0));
      chart.addSubtitle(index++, t);
    }
    TextTitle foot = new TextTitle(source, style.source());
    foot.setPaint(Palette.TEXT_MUTED);
    foot.setPosition(RectangleEdge.BOTTOM);
    foot.setHorizontalAlignment(HorizontalAlignment.LEFT);
    foot.setPadding(new RectangleInsets(style.px(14), 0, 0, 0));
    chart.addSubtitle(foot);
  }

  private static TickUnits tickUnits(TimeBucket bucket) {
    TickUnits units = new TickUnits();
    switch (bucket) {
      case DAY -> {
        for (int d : new int[] {1, 2, 7, 14}) {
          units.add(new DateTickUnit(DateTickUnitType.DAY, d, format("d MMM")));
        }
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, format("MMM yyyy")));
      }
      case WEEK -> {
        for (int m : new int[] {1, 2, 3, 6}) {
          units.add(new DateTickUnit(DateTickUnitType.MONTH, m, format("MMM yyyy")));
        }
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
      }
      case MONTH -> {
        for (int m : new int[] {3, 6}) {
          units.add(new DateTickUnit(DateTickUnitType.MONTH, m, format("MMM yyyy")));
        }
        for (int yr : new int[] {1, 2, 5, 10}) {
          units.add(new DateTickUnit(DateTickUnitType.YEAR, yr, format("yyyy")));
        }
      }
    }
    return units;
  }

  private static SimpleDateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(UTC);
    return f;
  }

  /** Actors by number of incidents (then name), at most MAX_ACTORS, then "Other actors" when some are left. */
  static List<String> topActors(List<Incident> incidents) {
    Map<String, Integer> n = new TreeMap<>();
    for (Incident i : incidents) {
      n.merge(actorLabel(i.actor()), 1, Integer::sum);
    }
    List<String> sorted = n.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<String> top = new ArrayList<>();
    boolean other = false;
    for (String a : sorted) {
      if (top.size() < MAX_ACTORS || (sorted.size() == MAX_ACTORS + 1)) {
        top.add(a);
      } else {
        other = true;
      }
    }
    // the unknown actor goes last so that known groups stack at the bottom
    if (top.remove(UNKNOWN_ACTOR)) {
      top.add(UNKNOWN_ACTOR);
    }
    if (other) {
      top.add(OTHER_ACTORS);
    }
    return top;
  }

  static String actorLabel(String actor) {
    return actor == null || actor.isBlank() ? UNKNOWN_ACTOR : actor.trim();
  }

  static String sourceLine(IncidentSet set, int undated) {
    long reports = set.sourceDocumentCount();
    StringBuilder s = new StringBuilder("Source: ").append(count(reports, "report")).append(", sitrep");
    if (undated > 0) {
      s.append(".  ").append(count(undated, "undated incident")).append(" not shown.");
    }
    return s.toString();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String dateRange(LocalDate from, LocalDate to) {
    return from.equals(to) ? DAY_FORMAT.format(from) : DAY_FORMAT.format(from) + " \u2013 " + DAY_FORMAT.format(to);
  }

  static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** Font sizes and stroke widths scaled to the figure: 1.0 at 1200x675, 1.6 at 1920x1080. */
  record ChartStyle(int width, int height) {
    float scale() {
      return (float) Math.max(0.5, Math.min(width / 1200.0, height / 675.0));
    }

    float px(float v) {
      return v * scale();
    }

    Font title() {
      return Fonts.bold(px(30));
    }

    Font subtitle() {
      return Fonts.regular(px(19));
    }

    Font axisLabel() {
      return Fonts.regular(px(18));
    }

    Font tick() {
      return Fonts.regular(px(16));
    }

    Font legend() {
      return Fonts.regular(px(17));
    }

    Font source() {
      return Fonts.regular(px(14));
    }

    Font message() {
      return Fonts.regular(px(28));
    }

    Font annotation() {
      return Fonts.regular(px(15));
    }
  }
}
