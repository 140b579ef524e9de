package sitrep.extract;

/** Great-circle distance. */
public final class Geo {
  private Geo() {}

  /** The point at a distance and initial bearing (degrees from north) from a start point: {lat, lon}. */
  public static double[] destination(double lat, double lon, double bearingDegrees, double km) {
    double d = km / 6371.0;
    double b = Math.toRadians(bearingDegrees);
    double p1 = Math.toRadians(lat);
    double l1 = Math.toRadians(lon);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
    double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    double lon2 = (Math.toDegrees(l2) + 540) % 360 - 180;
    return new double[] {Math.toDegrees(p2), lon2};
  }

  /** Kilometres between two points given in degrees (haversine, mean Earth radius). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
