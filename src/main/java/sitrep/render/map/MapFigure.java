package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.util.Map;
import sitrep.model.Weapon;
import sitrep.render.Figure;
import sitrep.render.Fonts;
import sitrep.render.Palette;

/** Paints a laid-out {@link MapScene}. */
final class MapFigure implements Figure {
  private final MapScene scene;

  MapFigure(MapScene scene) {
    this.scene = scene;
  }

  MapScene scene() {
    return scene;
  }

  @Override
  public int width() {
    return scene.options.width();
  }

  @Override
  public int height() {
    return scene.options.height();
  }

  @Override
  public void paint(Graphics2D g) {
    MapStyle s = scene.style;
    header(g, s);

    Shape oldClip = g.getClip();
    g.clip(scene.frame);
    g.setColor(MapStyle.SEA);
    g.fill(scene.frame);
    g.setColor(MapStyle.LAND);
    scene.land.forEach(g::fill);
    g.setColor(MapStyle.LAND_FOCUS);
    scene.focusLand.forEach(g::fill);
    for (MapScene.Fill f : scene.fills) {
      g.setColor(f.colour());
      g.fill(f.shape());
    }
    g.setColor(MapStyle.ADMIN1_BORDER);
    g.setStroke(new BasicStroke(s.px(0.7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    scene.admin1Borders.forEach(g::draw);
    g.setColor(MapStyle.COUNTRY_BORDER);
    g.setStroke(new BasicStroke(s.px(1.3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    scene.countryBorders.forEach(g::draw);

    for (MapScene.Label l : scene.labels) {
      if (!l.kind().equals("site")) {
        label(g, l);
      }
    }
    for (MapRenderer.Cluster c : scene.clusters) {
      paintMarker(g, c.x, c.y, c.r, c.weapons, c.count, s);
    }
    for (MapScene.Label l : scene.labels) {
      if (l.kind().equals("site")) {
        label(g, l);
      }
    }
    if (scene.legend != null) {
      scene.legend.paint(g, scene.legendBox);
    }
    if (scene.classLegend != null) {
      scene.classLegend.paint(g, scene.legendBox);
    }
    if (scene.scaleBar != null) {
      scene.scaleBar.paint(g);
    }
    scene.northArrow.paint(g);
    if (scene.inset != null) {
      scene.inset.paint(g);
    }
    g.setClip(oldClip);

    g.setColor(MapStyle.FRAME);
    g.setStroke(new BasicStroke(s.px(1)));
    g.draw(scene.frame);
    footer(g, s);
  }

  private void header(Graphics2D g, MapStyle s) {
    float x = (float) scene.frame.getMinX();
    float y = s.px(24);
    if (!scene.title.isBlank()) {
      Font title = Fonts.forText(scene.title, true, s.title().getSize2D());
      g.setFont(title);
      g.setColor(Palette.TEXT);
      y += g.getFontMetrics().getAscent();
      g.drawString(scene.title, x, y);
      y += s.px(10);
    }
    g.setFont(s.subtitle());
    g.setColor(Palette.TEXT_MUTED);
    y += g.getFontMetrics().getAscent();
    g.drawString(scene.subtitle, x, y);
  }

  private void footer(Graphics2D g, MapStyle s) {
    g.setFont(s.footer());
    g.setColor(Palette.TEXT_MUTED);
    float y = (float) (scene.frame.getMaxY() + s.px(8) + g.getFontMetrics().getAscent());
    g.drawString(scene.attribution, (float) scene.frame.getMinX(), y);
    if (scene.note != null) {
      float w = g.getFontMetrics().stringWidth(scene.note);
      g.drawString(scene.note, (float) (scene.frame.getMaxX() - w), y);
    }
  }

  private static void label(Graphics2D g, MapScene.Label l) {
    if (l.leader() != null) {
      g.setColor(new Color(0x44, 0x44, 0x44));
      g.setStroke(new BasicStroke(l.halo() / 3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(l.leader());
    }
    AffineTransform old = g.getTransform();
    if (l.rotation() != 0) {
      g.rotate(l.rotation(), l.x(), l.y());
    }
    haloText(g, l.text(), l.font(), l.x(), l.y(), l.colour(), l.halo());
    g.setTransform(old);
  }

  /** Draws text with a white halo (stroked outline) under it; the text itself stays text in SVG and PDF. */
  static void haloText(Graphics2D g, String text, Font font, double x, double y, Color colour, float halo) {
    if (halo > 0) {
      TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
      Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
      g.setColor(MapStyle.HALO);
      g.setStroke(new BasicStroke(halo, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    g.setFont(font);
    g.setColor(colour);
    g.drawString(text, (float) x, (float) y);
  }

  /** A circle coloured by weapon, or a pie of weapons when there are several, with a white rim. */
  static void paintMarker(Graphics2D g, double x, double y, double r, Map<Weapon, Integer> weapons, int total,
      MapStyle s) {
    Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    if (weapons.size() <= 1) {
      g.setColor(Palette.weapon(weapons.isEmpty() ? Weapon.UNKNOWN : weapons.keySet().iterator().next()));
      g.fill(circle);
    } else {
      int sum = weapons.values().stream().mapToInt(Integer::intValue).sum();
      double start = 90;
      g.setStroke(new BasicStroke(s.px(0.8), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      for (Map.Entry<Weapon, Integer> e : weapons.entrySet()) {
        double extent = -360.0 * e.getValue() / sum;
        Arc2D slice = new Arc2D.Double(x - r, y - r, 2 * r, 2 * r, start, extent, Arc2D.PIE);
        g.setColor(Palette.weapon(e.getKey()));
        g.fill(slice);
        g.setColor(Color.WHITE);
        g.draw(slice);
        start += extent;
      }
    }
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(s.px(1.6)));
    g.draw(circle);
    g.setColor(new Color(0, 0, 0, 90));
    g.setStroke(new BasicStroke(s.px(0.6)));
    g.draw(new Ellipse2D.Double(x - r - s.px(0.8), y - r - s.px(0.8), 2 * r + s.px(1.6), 2 * r + s.px(1.6)));
  }
}
