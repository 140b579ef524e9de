package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import sitrep.model.Weapon;
import sitrep.render.Palette;

/** The map legend: a swatch per weapon shown, a "mixed" pie when some sites mix weapons, and a size key. */
final class Legend {
  final MapStyle style;
  final List<Weapon> weapons;
  final boolean mixed;
  final List<Integer> sizes;
  final double width;
  final double height;

  private Legend(MapStyle style, List<Weapon> weapons, boolean mixed, List<Integer> sizes, double width,
      double height) {
    this.style = style;
    this.weapons = weapons;
    this.mixed = mixed;
    this.sizes = sizes;
    this.width = width;
    this.height = height;
  }

  static final String WEAPON_HEADING = "Weapon";
  static final String SIZE_HEADING = "Incidents at a site";
  static final String MIXED = "Several weapons";

  static Legend layout(List<MapRenderer.Cluster> clusters, MapStyle style) {
    TreeSet<Weapon> shown = new TreeSet<>();
    boolean mixed = false;
    int max = 0;
    for (MapRenderer.Cluster c : clusters) {
      shown.addAll(c.weapons.keySet());
      mixed |= c.weapons.size() > 1;
      max = Math.max(max, c.count);
    }
    List<Integer> sizes = sizeKey(Math.max(1, max));
    List<Weapon> weapons = new ArrayList<>(shown);
    double w = MapRenderer.textBounds(SIZE_HEADING, style.legendHeading()).getWidth();
    for (Weapon weapon : weapons) {
      w = Math.max(w, style.px(24) + MapRenderer.textBounds(Palette.weaponLabel(weapon), style.legendText()).getWidth());
    }
    if (mixed) {
      w = Math.max(w, style.px(24) + MapRenderer.textBounds(MIXED, style.legendText()).getWidth());
    }
    double keyWidth = 0;
    for (int s : sizes) {
      keyWidth += 2 * style.radius(s) + style.px(14);
    }
    w = Math.max(w, keyWidth);
    double pad = style.px(12);
    int rows = Math.max(1, weapons.size()) + (mixed ? 1 : 0);
    double h = pad + headingHeight(style) + rows * rowHeight(style) + style.px(10) + headingHeight(style)
        + 2 * style.radius(sizes.get(sizes.size() - 1)) + style.px(22) + pad;
    return new Legend(style, weapons, mixed, sizes, w + 2 * pad, h);
  }

  /** Up to three counts for the size key: 1, a middle value and the largest. */
  static List<Integer> sizeKey(int max) {
    TreeSet<Integer> values = new TreeSet<>();
    values.add(1);
    values.add(max);
    if (max >= 4) {
      int mid = max / 2;
      for (int nice : new int[] {2, 5, 10, 20, 50, 100, 200, 500}) {
        if (nice <= max * 0.6 && nice > 1) {
          mid = nice;
        }
      }
      values.add(mid);
    }
    return List.copyOf(values);
  }

  private static double headingHeight(MapStyle style) {
    return style.px(22);
  }

  /** The legend panel: background and a light border. Shared with {@link ClassLegend}. */
  static void paintBox(Graphics2D g, Rectangle2D box, MapStyle style) {
    g.setColor(MapStyle.LEGEND_BACKGROUND);
    g.fill(box);
    g.setColor(new Color(0xC8, 0xC8, 0xC8));
    g.setStroke(new BasicStroke(style.px(1)));
    g.draw(box);
  }

  private static double rowHeight(MapStyle style) {
    return style.px(21);
  }

  void paint(Graphics2D g, Rectangle2D box) {
    paintBox(g, box, style);
    double pad = style.px(12);
    double x = box.getX() + pad;
    double y = box.getY() + pad;
    heading(g, WEAPON_HEADING, x, y);
    y += headingHeight(style);
    double sw = style.px(7);
    for (Weapon w : weapons) {
      double cy = y + rowHeight(style) / 2;
      g.setColor(Palette.weapon(w));
      g.fill(new Ellipse2D.Double(x, cy - sw, 2 * sw, 2 * sw));
      text(g, Palette.weaponLabel(w), x + style.px(24), cy);
      y += rowHeight(style);
    }
    if (mixed) {
      double cy = y + rowHeight(style) / 2;
      Map<Weapon, Integer> pie = new EnumMap<>(Weapon.class);
      for (int i = 0; i < Math.min(3, weapons.size()); i++) {
        pie.put(weapons.get(i), 1);
      }
      MapFigure.paintMarker(g, x + sw, cy, sw, pie, 3, style);
      text(g, MIXED, x + style.px(24), cy);
      y += rowHeight(style);
    }
    y += style.px(10);
    heading(g, SIZE_HEADING, x, y);
    y += headingHeight(style);
    float maxR = style.radius(sizes.get(sizes.size() - 1));
    double bottom = y + 2 * maxR;
    double cx = x;
    for (int s : sizes) {
      float r = style.radius(s);
      g.setColor(new Color(0x9A, 0x9A, 0x9A));
      g.fill(new Ellipse2D.Double(cx, bottom - 2 * r, 2 * r, 2 * r));
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(style.px(1.2f)));
      g.draw(new Ellipse2D.Double(cx, bottom - 2 * r, 2 * r, 2 * r));
      String label = Integer.toString(s);
      g.setFont(style.legendText());
      g.setColor(Palette.TEXT);
      double tw = MapRenderer.textBounds(label, style.legendText()).getWidth();
      g.drawString(label, (float) (cx + r - tw / 2), (float) (bottom + style.px(17)));
      cx += 2 * r + style.px(14);
    }
  }

  private void heading(Graphics2D g, String text, double x, double top) {
    g.setFont(style.legendHeading());
    g.setColor(Palette.TEXT);
    g.drawString(text, (float) x, (float) (top + style.px(15)));
  }

  private void text(Graphics2D g, String text, double x, double centreY) {
    g.setFont(style.legendText());
    g.setColor(Palette.TEXT);
    g.drawString(text, (float) x, (float) (centreY + style.px(5)));
  }
}
