package sitrep.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import sitrep.render.Palette;

/** The province map legend: a heading, one swatch per class with its range, and the no-incident swatch. */
final class ClassLegend {
  static final String HEADING = "Incidents per province";
  static final String NONE = "None";

  final MapStyle style;
  final Choropleth classes;
  final double width;
  final double height;

  private ClassLegend(MapStyle style, Choropleth classes, double width, double height) {
    this.style = style;
    this.classes = classes;
    this.width = width;
    this.height = height;
  }

  static ClassLegend layout(Choropleth classes, MapStyle style) {
    double w = MapRenderer.textBounds(HEADING, style.legendHeading()).getWidth();
    for (int i = 0; i < classes.upper.size(); i++) {
      w = Math.max(w, style.px(34) + MapRenderer.textBounds(classes.label(i), style.legendText()).getWidth());
    }
    double pad = style.px(12);
    int rows = classes.upper.size() + 1;
    double h = pad + style.px(22) + rows * style.px(23) + pad;
    return new ClassLegend(style, classes, w + 2 * pad, h);
  }

  void paint(Graphics2D g, Rectangle2D box) {
    Legend.paintBox(g, box, style);
    double pad = style.px(12);
    double x = box.getX() + pad;
    double y = box.getY() + pad;
    g.setFont(style.legendHeading());
    g.setColor(Palette.TEXT);
    g.drawString(HEADING, (float) x, (float) (y + style.px(15)));
    y += style.px(22);
    int n = classes.upper.size();
    // darkest class on top, "None" at the bottom
    for (int k = n; k >= 0; k--) {
      Color c = k == 0 ? Choropleth.ZERO : classes.colours.get(k - 1);
      String text = k == 0 ? NONE : classes.label(k - 1);
      Rectangle2D swatch = new Rectangle2D.Double(x, y + style.px(3), style.px(24), style.px(17));
      g.setColor(c);
      g.fill(swatch);
      g.setColor(MapStyle.COUNTRY_BORDER);
      g.setStroke(new BasicStroke(style.px(0.8f)));
      g.draw(swatch);
      g.setFont(style.legendText());
      g.setColor(Palette.TEXT);
      g.drawString(text, (float) (x + style.px(34)), (float) (y + style.px(17)));
      y += style.px(23);
    }
  }
}
