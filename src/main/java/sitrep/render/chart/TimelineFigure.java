package sitrep.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import sitrep.render.Figure;

/** A themed JFreeChart timeline at a fixed size. */
final class TimelineFigure implements Figure {
  private final int width;
  private final int height;
  private final JFreeChart chart;
  private final TimeBucket bucket;

  TimelineFigure(int width, int height, JFreeChart chart, TimeBucket bucket) {
    this.width = width;
    this.height = height;
    this.chart = chart;
    this.bucket = bucket;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  /** The length of one bar. */
  TimeBucket bucket() {
    return bucket;
  }

  JFreeChart chart() {
    return chart;
  }

  @Override
  public void paint(Graphics2D g) {
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
  }
}
