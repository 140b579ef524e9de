package sitrep.render.map;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import sitrep.render.Fonts;
import sitrep.render.Palette;

/** Places labels without collisions: each accepted label becomes an obstacle for the next. */
final class Labeller {
  private final Rectangle2D frame;
  private final MapStyle style;
  private final List<Shape> obstacles = new ArrayList<>();
  private final List<MapScene.Label> labels = new ArrayList<>();

  Labeller(Rectangle2D frame, MapStyle style) {
    this.frame = frame;
    this.style = style;
  }

  void obstacle(Shape s) {
    obstacles.add(s);
  }

  List<MapScene.Label> labels() {
    return List.copyOf(labels);
  }

  /** Names a cluster beside its circle, trying eight positions; false when none is free. */
  boolean siteLabel(MapRenderer.Cluster c) {
    Font font = Fonts.forText(c.label, true, style.siteLabel().getSize2D());
    Rectangle2D b = MapRenderer.textBounds(c.label, font);
    double w = b.getWidth();
    double h = b.getHeight();
    double ascent = -b.getY();
    double gap = style.px(4);
    double r = c.r;
    double d = r * Math.sqrt(0.5);
    // candidate top-left corners: right, left, upper right, lower right, upper left, lower left, above, below
    double[][] corners = {
      {c.x + r + gap, c.y - h / 2},
      {c.x - r - gap - w, c.y - h / 2},
      {c.x + d + gap * 0.5, c.y - d - h},
      {c.x + d + gap * 0.5, c.y + d},
      {c.x - d - gap * 0.5 - w, c.y - d - h},
      {c.x - d - gap * 0.5 - w, c.y + d},
      {c.x - w / 2, c.y - r - gap - h},
      {c.x - w / 2, c.y + r + gap}};
    for (double[] p : corners) {
      Rectangle2D box = new Rectangle2D.Double(p[0], p[1], w, h);
      if (free(box, style.px(2))) {
        labels.add(new MapScene.Label(c.label, font, p[0], p[1] + ascent, 0, Palette.TEXT, style.px(3.5), "site",
            null));
        obstacles.add(grow(box, style.px(2)));
        return true;
      }
    }
    // no room beside the circle: further out, with a leader line back to it
    for (double extra : new double[] {style.px(22), style.px(44), style.px(70)}) {
      for (int k = 0; k < 16; k++) {
        double a = Math.PI * 2 * k / 16;
        double ex = c.x + Math.cos(a) * (r + extra);
        double ey = c.y + Math.sin(a) * (r + extra);
        double bx = Math.cos(a) >= 0.2 ? ex : Math.cos(a) <= -0.2 ? ex - w : ex - w / 2;
        double by = Math.sin(a) >= 0.2 ? ey : Math.sin(a) <= -0.2 ? ey - h : ey - h / 2;
        Rectangle2D box = new Rectangle2D.Double(bx, by, w, h);
        java.awt.geom.Line2D leader = new java.awt.geom.Line2D.Double(c.x + Math.cos(a) * (r + style.px(2)),
            c.y + Math.sin(a) * (r + style.px(2)), ex, ey);
        if (free(box, style.px(2)) && leaderFree(leader, c)) {
          labels.add(new MapScene.Label(c.label, font, bx, by + ascent, 0, Palette.TEXT, style.px(3.5), "site",
              leader));
          obstacles.add(grow(box, style.px(2)));
          obstacles.add(new java.awt.geom.Line2D.Double(leader.getP1(), leader.getP2()));
          return true;
        }
      }
    }
    return false;
  }

  /** Names a sea at the first of its anchors where the name fits on water; false when none does. */
  boolean seaLabel(SeaName sea, MapRenderer.View view, List<Geometry> land) {
    double angle = 0;
    if (sea.axis() != null) {
      Point2D a = view.screen(sea.axis()[0], sea.axis()[1]);
      Point2D b = view.screen(sea.axis()[2], sea.axis()[3]);
      if (a != null && b != null) {
        angle = Math.atan2(b.getY() - a.getY(), b.getX() - a.getX());
        if (angle > Math.PI / 2) {
          angle -= Math.PI;
        } else if (angle < -Math.PI / 2) {
          angle += Math.PI;
        }
      }
    }
    for (double size : new double[] {14, 12}) {
      Font font = Fonts.regular(style.px(size));
      Rectangle2D b = MapRenderer.textBounds(sea.name(), font);
      for (double[] lonLat : sea.anchors()) {
        Point2D anchor = view.screen(lonLat[0], lonLat[1]);
        if (anchor == null || !frame.contains(anchor)) {
          continue;
        }
        double x = -b.getWidth() / 2;
        AffineTransform at = AffineTransform.getTranslateInstance(anchor.getX(), anchor.getY());
        at.rotate(angle);
        Shape box = at.createTransformedShape(new Rectangle2D.Double(x - 3, -b.getHeight() / 2 - 3,
            b.getWidth() + 6, b.getHeight() + 6));
        if (!free(box, 0) || touches(box, land)) {
          continue;
        }
        // baseline start in screen coordinates: (x, ascent - height / 2) rotated about the anchor
        Point2D start = at.transform(new Point2D.Double(x, -b.getY() - b.getHeight() / 2), null);
        labels.add(new MapScene.Label(sea.name(), font, start.getX(), start.getY(), angle, MapStyle.SEA_LABEL, 0,
            "sea", null));
        obstacles.add(box);
        return true;
      }
    }
    return false;
  }

  /** Names a country around a point inside it; the label must fit inside the polygon. */
  boolean countryLabel(String text, Font font, double cx, double cy, PreparedGeometry inside) {
    return areaLabel(text, font, cx, cy, inside, MapStyle.COUNTRY_LABEL, "country", r -> true);
  }

  /** Names an area around a point inside it, in a colour; the label must fit inside the polygon. */
  boolean areaLabel(String text, Font font, double cx, double cy, PreparedGeometry inside, java.awt.Color colour,
      String kind, java.util.function.Predicate<Rectangle2D> allowed) {
    Rectangle2D b = MapRenderer.textBounds(text, font);
    double w = b.getWidth();
    double h = b.getHeight();
    for (double dy : new double[] {0, -1.2, 1.2, -2.4, 2.4}) {
      Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2 + dy * h, w, h);
      Rectangle2D padded = grow(box, style.px(3));
      if (!free(padded, 0) || !inside.contains(rectangle(padded)) || !allowed.test(padded)) {
        continue;
      }
      labels.add(new MapScene.Label(text, font, box.getX(), box.getY() - b.getY(), 0, colour,
          style.px(2.5), kind, null));
      obstacles.add(padded);
      return true;
    }
    return false;
  }

  /** True when a leader line crosses no obstacle except its own cluster's circle. */
  private boolean leaderFree(java.awt.geom.Line2D leader, MapRenderer.Cluster own) {
    for (Shape o : obstacles) {
      if (o instanceof java.awt.geom.Ellipse2D e) {
        boolean mine = Math.abs(e.getCenterX() - own.x) < 1e-6 && Math.abs(e.getCenterY() - own.y) < 1e-6;
        if (!mine && leader.ptSegDist(e.getCenterX(), e.getCenterY()) < e.getWidth() / 2 + style.px(1)) {
          return false;
        }
      } else if (o instanceof java.awt.geom.Line2D other) {
        if (leader.intersectsLine(other)) {
          return false;
        }
      } else if (o.intersects(leader.getBounds2D()) && new java.awt.geom.Area(o).intersects(leader.getBounds2D())
          && leaderHits(o, leader)) {
        return false;
      }
    }
    return true;
  }

  private static boolean leaderHits(Shape o, java.awt.geom.Line2D leader) {
    Rectangle2D r = o.getBounds2D();
    return o instanceof Rectangle2D ? leader.intersects(r) : true;
  }

  private boolean free(Shape candidate, double pad) {
    Rectangle2D cb = candidate.getBounds2D();
    Rectangle2D inner = new Rectangle2D.Double(frame.getX() + style.px(4), frame.getY() + style.px(4),
        frame.getWidth() - style.px(8), frame.getHeight() - style.px(8));
    if (!inner.contains(cb)) {
      return false;
    }
    Rectangle2D grown = grow(cb, pad);
    for (Shape o : obstacles) {
      if (!o.getBounds2D().intersects(grown)) {
        continue;
      }
      boolean rectangular = candidate instanceof Rectangle2D && o instanceof Rectangle2D;
      if (rectangular) {
        return false;
      }
      if (candidate instanceof Rectangle2D) {
        if (o.intersects(grown)) {
          return false;
        }
        continue;
      }
      Area a = new Area(candidate);
      a.intersect(new Area(o));
      if (!a.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean touches(Shape box, List<Geometry> land) {
    Rectangle2D b = box.getBounds2D();
    Geometry poly = polygon(box);
    for (Geometry g : land) {
      if (g.getEnvelopeInternal().intersects(new org.locationtech.jts.geom.Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()))
          && g.intersects(poly)) {
        return true;
      }
    }
    return false;
  }

  private static Geometry polygon(Shape s) {
    List<Coordinate> cs = new ArrayList<>();
    double[] p = new double[6];
    for (var it = s.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
      int type = it.currentSegment(p);
      if (type == java.awt.geom.PathIterator.SEG_MOVETO || type == java.awt.geom.PathIterator.SEG_LINETO) {
        cs.add(new Coordinate(p[0], p[1]));
      }
    }
    cs.add(new Coordinate(cs.get(0)));
    return Basemap.GEOMETRY.createPolygon(cs.toArray(Coordinate[]::new));
  }

  private static Geometry rectangle(Rectangle2D r) {
    return Basemap.GEOMETRY.toGeometry(
        new org.locationtech.jts.geom.Envelope(r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY()));
  }

  private static Rectangle2D grow(Rectangle2D r, double pad) {
    return new Rectangle2D.Double(r.getX() - pad, r.getY() - pad, r.getWidth() + 2 * pad, r.getHeight() + 2 * pad);
  }
}
