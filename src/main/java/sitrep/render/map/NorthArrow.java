package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import sitrep.render.Fonts;
import sitrep.render.Palette;

/** A north arrow pointing to true north at its own position. */
record NorthArrow(MapStyle style, double cx, double cy, double angle) {
  static NorthArrow layout(MapRenderer.View view, Rectangle2D frame, MapStyle style, MapRenderer.Corner corner) {
    double inset = style.px(30);
    double cx = corner == MapRenderer.Corner.TOP_LEFT ? frame.getMinX() + inset : frame.getMaxX() - inset;
    double cy = frame.getMinY() + style.px(46);
    double angle = 0;
    double[] ll = view.lonLat(cx, cy);
    if (ll != null && ll[1] < 89) {
      Point2D here = view.screen(ll[0], ll[1]);
      Point2D north = view.screen(ll[0], ll[1] + 0.5);
      if (here != null && north != null) {
        angle = Math.atan2(north.getX() - here.getX(), here.getY() - north.getY());
      }
    }
    return new NorthArrow(style, cx, cy, angle);
  }

  Rectangle2D bounds() {
    double r = style.px(24);
    return new Rectangle2D.Double(cx - r, cy - r - style.px(12), 2 * r, 2 * r + style.px(12));
  }

  void paint(Graphics2D g) {
    double h = style.px(16);
    double w = style.px(7);
    Path2D left = new Path2D.Double();
    left.moveTo(0, -h);
    left.lineTo(-w, h * 0.7);
    left.lineTo(0, h * 0.35);
    left.closePath();
    Path2D right = new Path2D.Double();
    right.moveTo(0, -h);
    right.lineTo(w, h * 0.7);
    right.lineTo(0, h * 0.35);
    right.closePath();
    AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
    at.rotate(angle);
    var l = at.createTransformedShape(left);
    var r = at.createTransformedShape(right);
    g.setStroke(new BasicStroke(style.px(1.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(Palette.TEXT);
    g.fill(l);
    g.setColor(Color.WHITE);
    g.fill(r);
    g.setColor(Palette.TEXT);
    g.draw(l);
    g.draw(r);
    Font font = Fonts.bold(style.px(14));
    Rectangle2D b = MapRenderer.textBounds("N", font);
    Point2D tip = at.transform(new Point2D.Double(0, -h - style.px(4)), null);
    MapFigure.haloText(g, "N", font, tip.getX() - b.getWidth() / 2, tip.getY() - b.getHeight() * 0.15 , Palette.TEXT,
        style.px(3));
  }
}
