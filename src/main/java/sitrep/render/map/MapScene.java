package sitrep.render.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;

/** Everything a map figure draws, laid out in figure pixels by {@link MapRenderer}. */
final class MapScene {
  final MapOptions options;
  final MapStyle style;
  String title;
  String subtitle;
  String attribution;
  String note;
  String projectionDefinition;
  Rectangle2D frame;
  final List<Shape> land = new ArrayList<>();
  final List<Shape> focusLand = new ArrayList<>();
  final List<Shape> countryBorders = new ArrayList<>();
  final List<Shape> admin1Borders = new ArrayList<>();
  /** Province shading (province map only), drawn over the land and under the borders. */
  final List<Fill> fills = new ArrayList<>();
  /** The class legend of the province map, null on the strike map. */
  ClassLegend classLegend;
  /** The locator inset, null when there is none. */
  Inset inset;
  List<MapRenderer.Cluster> clusters = List.of();
  Legend legend;
  Rectangle2D legendBox;
  ScaleBar scaleBar;
  NorthArrow northArrow;
  List<Label> labels = List.of();

  MapScene(MapOptions options, MapStyle style) {
    this.options = options;
    this.style = style;
  }

  /** A filled area. */
  record Fill(Shape shape, Color colour) {}

  /** A Java2D shape of a geometry already in screen coordinates. */
  static Shape shape(Geometry g) {
    return new ShapeWriter().toShape(g); // ShapeWriter keeps scratch state: one per call
  }

  /**
   * A piece of text placed on the map.
   *
   * @param text the text
   * @param font the font
   * @param x baseline start x (before rotation)
   * @param y baseline y (before rotation)
   * @param rotation clockwise rotation in radians about (x, y)
   * @param colour text colour
   * @param halo halo width in pixels, 0 for none
   * @param kind "site", "country" or "sea", for tests
   * @param leader a line from the labelled circle to a label placed away from it, null when beside it
   */
  record Label(String text, Font font, double x, double y, double rotation, Color colour, float halo, String kind,
      java.awt.geom.Line2D leader) {}
}
