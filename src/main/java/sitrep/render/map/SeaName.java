package sitrep.render.map;

import java.util.List;

/**
 * A water body named on the map when it is in view and its name fits on water.
 *
 * @param name the name
 * @param anchors lon/lat label centres to try in order ({lon, lat} each)
 * @param axis lon/lat of two points the label runs along ({lon1, lat1, lon2, lat2}), null for horizontal
 */
record SeaName(String name, double[][] anchors, double[] axis) {
  static final List<SeaName> ALL = List.of(
      new SeaName("Red Sea", new double[][] {{38.7, 20.3}, {37.5, 22.5}, {39.8, 18.2}, {36.3, 24.6}},
          new double[] {35.9, 25.0, 41.2, 16.0}),
      new SeaName("Persian Gulf", new double[][] {{51.6, 27.1}, {50.6, 27.9}},
          new double[] {49.0, 28.6, 54.5, 25.6}),
      new SeaName("Mediterranean Sea", new double[][] {{31.0, 33.4}, {25.0, 33.9}, {28.0, 33.7}, {19.5, 34.5}, {17.5, 36.0}},
          null),
      new SeaName("Gulf of Aden", new double[][] {{48.5, 12.6}, {47.0, 12.3}}, new double[] {44.0, 12.0, 51.0, 13.5}),
      new SeaName("Arabian Sea", new double[][] {{62.0, 16.0}, {60.0, 14.0}, {64.0, 19.0}}, null),
      new SeaName("Gulf of Oman", new double[][] {{58.6, 24.6}}, new double[] {57.0, 25.4, 60.0, 23.8}),
      new SeaName("Black Sea", new double[][] {{34.5, 43.3}, {32.0, 43.6}}, null),
      new SeaName("Caspian Sea", new double[][] {{50.6, 42.2}, {51.0, 40.0}}, null));
}
