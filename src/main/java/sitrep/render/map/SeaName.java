package sitrep.render.map;

import java.util.List;

/**
 * A water body named on the map when it is in view and its name fits on water.
 *
 * @param name the name
 * @param lon anchor longitude (centre of the label)
 * @param lat anchor latitude
 * @param axis lon/lat of two points the label runs along ({lon1, lat1, lon2, lat2}), null for horizontal
 */
record SeaName(String name, double lon, double lat, double[] axis) {
  static final List<SeaName> ALL = List.of(
      new SeaName("Red Sea", 38.3, 20.6, new double[] {35.5, 25.0, 41.0, 16.5}),
      new SeaName("Persian Gulf", 51.6, 27.1, new double[] {49.0, 28.6, 54.5, 25.6}),
      new SeaName("Mediterranean Sea", 31.0, 33.4, null),
      new SeaName("Gulf of Aden", 48.5, 12.6, new double[] {45.0, 12.4, 51.0, 13.0}),
      new SeaName("Arabian Sea", 62.0, 16.0, null),
      new SeaName("Gulf of Oman", 58.6, 24.6, new double[] {57.0, 25.4, 60.0, 23.8}),
      new SeaName("Black Sea", 34.5, 43.3, null),
      new SeaName("Caspian Sea", 50.6, 42.2, null));
}
