package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The locator inset: a small world map (main maps wider than {@value #WORLD_ABOVE_DEGREES} degrees) or a map of
 * the wider region (3.5 times the main extent, 30 to 100 degrees across) with the main map's extent outlined, in a corner of the frame that no strike, legend or scale uses. Left out
 * when the main map is already a world map or when no corner is free.
 */
final class Inset {
  static final Color BOX = new Color(0xC0, 0x1F, 0x2F);

  /** Main maps wider than this (degrees) get a world inset; narrower ones a regional one. */
  static final double WORLD_ABOVE_DEGREES = 45;

  final Rectangle2D box;
  final List<Shape> land;
  final Shape extent;
  final MapStyle style;

  private Inset(Rectangle2D box, List<Shape> land, Shape extent, MapStyle style) {
    this.box = box;
    this.land = List.copyOf(land);
    this.extent = extent;
    this.style = style;
  }

  Rectangle2D box() {
    return box;
  }

  static Inset layout(Basemap basemap, MapRenderer.View main, Rectangle2D frame, MapStyle style,
      MapRenderer.Corner corner, List<Geometry> avoid) {
    if (!main.projection.conformalEnough()) {
      return null;
    }
    Envelope mainGeo = main.geographicBounds();
    double mainSpan = Math.max(mainGeo.getWidth(), mainGeo.getHeight());
    boolean world = mainSpan > WORLD_ABOVE_DEGREES;
    Rectangle2D box = null;
    for (double f : new double[] {0.2, 0.16}) {
      double w = Math.max(style.px(150), frame.getWidth() * f);
      double h = w * (world ? 0.5 : 0.66);
      Rectangle2D candidate = corner.place(frame, w, h, style.px(12));
      Rectangle2D grown = new Rectangle2D.Double(candidate.getX() - style.px(6), candidate.getY() - style.px(6),
          candidate.getWidth() + style.px(12), candidate.getHeight() + style.px(12));
      Geometry rect = Basemap.GEOMETRY.toGeometry(new Envelope(grown.getMinX(), grown.getMaxX(), grown.getMinY(),
          grown.getMaxY()));
      if (avoid.stream().noneMatch(a -> a.getEnvelopeInternal().intersects(rect.getEnvelopeInternal())
          && a.intersects(rect))) {
        box = candidate;
        break;
      }
    }
    if (box == null) {
      return null;
    }
    Envelope geo;
    if (world) {
      geo = new Envelope(-180, 180, -58, 84);
    } else {
      double span = Math.max(30, Math.min(100, 3.5 * mainSpan));
      double cx = mainGeo.centre().x;
      double cy = Math.max(-60, Math.min(60, mainGeo.centre().y));
      geo = new Envelope(Math.max(-180, cx - span / 2), Math.min(180, cx + span / 2),
          Math.max(-85, cy - span / 3), Math.min(85, cy + span / 3));
    }
    MapRenderer.View view = MapRenderer.view(new ArrayList<>(), box, style, geo);
    Envelope clip = view.geographicBounds();
    Geometry screen = Basemap.GEOMETRY.toGeometry(new Envelope(box.getMinX() - 1, box.getMaxX() + 1,
        box.getMinY() - 1, box.getMaxY() + 1));
    List<Shape> land = new ArrayList<>();
    String signature = MapRenderer.signature(view, clip, screen);
    for (int k = 0; k < basemap.countries().size(); k++) {
      Geometry g = MapRenderer.projected(basemap, signature, false, k, clip, view, screen);
      if (g != null) {
        land.add(MapScene.shape(g));
      }
    }
    // the main frame's outline, traced through lon/lat into the inset
    Path2D.Double outline = new Path2D.Double();
    Rectangle2D mf = main.frame;
    int n = 24;
    boolean first = true;
    for (int side = 0; side < 4; side++) {
      for (int i = 0; i < n; i++) {
        double t = (double) i / n;
        double sx = switch (side) {
          case 0 -> mf.getMinX() + t * mf.getWidth();
          case 1 -> mf.getMaxX();
          case 2 -> mf.getMaxX() - t * mf.getWidth();
          default -> mf.getMinX();
        };
        double sy = switch (side) {
          case 0 -> mf.getMinY();
          case 1 -> mf.getMinY() + t * mf.getHeight();
          case 2 -> mf.getMaxY();
          default -> mf.getMaxY() - t * mf.getHeight();
        };
        double[] ll = main.lonLat(sx, sy);
        Point2D p = ll == null ? null : view.screen(ll[0], ll[1]);
        if (p == null) {
          continue;
        }
        if (first) {
          outline.moveTo(p.getX(), p.getY());
          first = false;
        } else {
          outline.lineTo(p.getX(), p.getY());
        }
      }
    }
    outline.closePath();
    return new Inset(box, land, outline, style);
  }

  void paint(Graphics2D g) {
    Shape old = g.getClip();
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(box.getX() - style.px(3), box.getY() - style.px(3), box.getWidth() + style.px(6),
        box.getHeight() + style.px(6)));
    g.clip(box);
    g.setColor(MapStyle.SEA);
    g.fill(box);
    g.setColor(MapStyle.LAND);
    land.forEach(g::fill);
    g.setColor(MapStyle.COUNTRY_BORDER);
    g.setStroke(new BasicStroke(style.px(0.5f)));
    land.forEach(g::draw);
    Area focus = new Area(extent);
    g.setColor(new Color(BOX.getRed(), BOX.getGreen(), BOX.getBlue(), 40));
    g.fill(focus);
    g.setColor(BOX);
    g.setStroke(new BasicStroke(style.px(2f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(extent);
    g.setClip(old);
    g.setColor(MapStyle.FRAME);
    g.setStroke(new BasicStroke(style.px(1f)));
    g.draw(box);
  }
}
