package sitrep.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import sitrep.render.Palette;

/**
 * Draws key dates on a date-axis plot: a dashed vertical line per date over the data area and its label at the
 * top, on a white halo. Labels that would overlap go on the next row down (up to {@value #MAX_ROWS} rows, then
 * the first row again); a label that would run past the right edge is set to the left of its line. Dates outside
 * the axis range are not drawn. Layout is done at draw time from the real data area, deterministically.
 */
final class AnnotationLayer extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;
  static final int MAX_ROWS = 3;
  private static final Color LINE = new Color(0x33, 0x33, 0x33, 200);
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final List<Annotation> annotations;
  private final transient TimelineRenderer.ChartStyle style;

  AnnotationLayer(List<Annotation> annotations, TimelineRenderer.ChartStyle style) {
    this.annotations = List.copyOf(annotations);
    this.style = style;
  }

  @Override
  public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
      int rendererIndex, PlotRenderingInfo info) {
    Font font = style.annotation();
    float pad = style.px(5);
    float rowHeight = style.px(21);
    List<List<Rectangle2D>> rows = new ArrayList<>();
    for (int r = 0; r < MAX_ROWS; r++) {
      rows.add(new ArrayList<>());
    }
    int next = 0;
    for (Annotation a : annotations) {
      double ms = TimelineRenderer.millis(a.date()) + 12 * 3600_000L;
      if (ms < domainAxis.getLowerBound() || ms > domainAxis.getUpperBound()) {
        continue;
      }
      double x = domainAxis.valueToJava2D(ms, area, RectangleEdge.BOTTOM);
      TextLayout layout = new TextLayout(a.label(), font, FRC);
      double w = layout.getAdvance();
      double lx = x + pad;
      if (lx + w > area.getMaxX()) {
        lx = x - pad - w;
      }
      int row = -1;
      for (int r = 0; r < MAX_ROWS && row < 0; r++) {
        Rectangle2D box = new Rectangle2D.Double(lx - pad, area.getMinY() + r * rowHeight, w + 2 * pad, rowHeight);
        if (rows.get(r).stream().noneMatch(box::intersects)) {
          row = r;
        }
      }
      if (row < 0) {
        row = next++ % MAX_ROWS;
      }
      double top = area.getMinY() + row * rowHeight;
      rows.get(row).add(new Rectangle2D.Double(lx - pad, top, w + 2 * pad, rowHeight));

      g.setColor(LINE);
      g.setStroke(new BasicStroke(style.px(1.3f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {style.px(5), style.px(4)}, 0f));
      g.draw(new Line2D.Double(x, top + style.px(2), x, area.getMaxY()));
      double baseline = top + style.px(3) + layout.getAscent();
      Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(lx, baseline));
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(style.px(4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
      g.setFont(font);
      g.setColor(Palette.TEXT);
      g.drawString(a.label(), (float) lx, (float) baseline);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnotationLayer l && l.annotations.equals(annotations);
  }

  @Override
  public int hashCode() {
    return annotations.hashCode();
  }
}
