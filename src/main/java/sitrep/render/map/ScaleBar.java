package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import sitrep.render.Palette;

/** A scale bar in kilometres, true at the centre of the map. */
record ScaleBar(MapStyle style, double x, double y, double length, int km) {
  static ScaleBar layout(MapRenderer.View view, Rectangle2D frame, MapStyle style, MapRenderer.Corner corner) {
    double metresPerPixel = 1 / view.k;
    double target = frame.getWidth() * 0.14 * metresPerPixel / 1000;
    int km = 1;
    for (int magnitude = 1; magnitude <= 10000; magnitude *= 10) {
      for (int m : new int[] {1, 2, 5}) {
        if (m * magnitude <= target) {
          km = m * magnitude;
        }
      }
    }
    double length = km * 1000 / metresPerPixel;
    double inset = style.px(16);
    double textW = MapRenderer.textBounds(km + " km", style.scaleText()).getWidth();
    double w = length + textW + style.px(10);
    double x = corner == MapRenderer.Corner.BOTTOM_LEFT ? frame.getMinX() + inset : frame.getMaxX() - inset - w;
    double y = frame.getMaxY() - inset - style.px(6);
    return new ScaleBar(style, x, y, length, km);
  }

  Rectangle2D bounds() {
    double textW = MapRenderer.textBounds(km + " km", style.scaleText()).getWidth();
    return new Rectangle2D.Double(x - style.px(4), y - style.px(14), length + textW + style.px(18), style.px(24));
  }

  void paint(Graphics2D g) {
    float t = style.px(6);
    Line2D bar = new Line2D.Double(x, y, x + length, y);
    Line2D left = new Line2D.Double(x, y - t, x, y);
    Line2D right = new Line2D.Double(x + length, y - t, x + length, y);
    Line2D mid = new Line2D.Double(x + length / 2, y - t * 0.6, x + length / 2, y);
    g.setColor(MapStyle.HALO);
    g.setStroke(new BasicStroke(style.px(5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(bar);
    g.draw(left);
    g.draw(right);
    g.setColor(Palette.TEXT);
    g.setStroke(new BasicStroke(style.px(1.6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    g.draw(bar);
    g.draw(left);
    g.draw(right);
    g.draw(mid);
    MapFigure.haloText(g, km + " km", style.scaleText(), x + length + style.px(8), y + style.px(4.5),
        Palette.TEXT, style.px(3));
  }
}
