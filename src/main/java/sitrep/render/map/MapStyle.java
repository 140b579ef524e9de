package sitrep.render.map;

import java.awt.Color;
import java.awt.Font;
import sitrep.render.Fonts;

/** Colours, font sizes and stroke widths of a map, scaled to the figure: 1.0 at 1200x675, 1.6 at 1920x1080. */
record MapStyle(float scale) {
  static final Color SEA = new Color(0xD5, 0xE5, 0xF2);
  static final Color LAND = new Color(0xEC, 0xE9, 0xE2);
  static final Color LAND_FOCUS = new Color(0xFB, 0xF9, 0xF3);
  static final Color COUNTRY_BORDER = new Color(0x8E, 0x8A, 0x84);
  static final Color ADMIN1_BORDER = new Color(0xC9, 0xC4, 0xBA);
  static final Color FRAME = new Color(0xA8, 0xA8, 0xA8);
  static final Color COUNTRY_LABEL = new Color(0x8A, 0x84, 0x7A);
  static final Color SEA_LABEL = new Color(0x5A, 0x84, 0xA6);
  static final Color HALO = Color.WHITE;
  static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 235);

  static MapStyle forSize(int width, int height) {
    return new MapStyle((float) Math.max(0.5, Math.min(width / 1200.0, height / 675.0)));
  }

  float px(double v) {
    return (float) (v * scale);
  }

  Font title() {
    return Fonts.bold(px(30));
  }

  Font subtitle() {
    return Fonts.regular(px(19));
  }

  Font footer() {
    return Fonts.regular(px(13));
  }

  Font siteLabel() {
    return Fonts.bold(px(14));
  }

  Font legendHeading() {
    return Fonts.bold(px(14));
  }

  Font legendText() {
    return Fonts.regular(px(14));
  }

  Font scaleText() {
    return Fonts.regular(px(13));
  }

  /** Circle radius for a number of incidents: area proportional to the count, capped. */
  float radius(int count) {
    return (float) Math.min(px(7.5) * Math.sqrt(Math.max(1, count)), px(46));
  }
}
