package sitrep.render.map;

import java.util.Locale;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A map projection from WGS84 lon/lat to metres, via proj4j. Regional extents use a Lambert azimuthal equal-area
 * projection centred on the extent (areas and shapes stay true near the centre); extents wider than a hemisphere
 * fall back to an equidistant cylindrical projection. Not thread-safe (one per render).
 */
final class Projection {
  private final String definition;
  private final double seam;
  private final boolean conformalEnough;
  private final CoordinateTransform forward;
  private final CoordinateTransform inverse;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  private Projection(String definition, double seam, boolean conformalEnough) {
    this.definition = definition;
    this.seam = seam;
    this.conformalEnough = conformalEnough;
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem geo = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
    CoordinateReferenceSystem map = crs.createFromParameters("map", definition);
    CoordinateTransformFactory f = new CoordinateTransformFactory();
    this.forward = f.createTransform(geo, map);
    this.inverse = f.createTransform(map, geo);
  }

  /** The projection suited to an extent centred on (lon0, lat0) spanning the given degrees. */
  static Projection forExtent(double lon0, double lat0, double lonSpan, double latSpan) {
    if (lonSpan > 150 || latSpan > 100) {
      double l = Math.round(lon0 * 10000) / 10000.0;
      double seam = l + 180 > 180 ? l - 180 : l + 180;
      return new Projection(String.format(Locale.ROOT,
          "+proj=eqc +lat_ts=0 +lon_0=%.4f +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs", l), seam, false);
    }
    return new Projection(String.format(Locale.ROOT,
        "+proj=laea +lat_0=%.4f +lon_0=%.4f +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs", lat0, lon0),
        Double.NaN, true);
  }

  /**
   * The longitude where the projection wraps (opposite its central meridian), in [-180, 180], where polygons
   * must be cut; NaN for an azimuthal projection, which has no such line in a regional view.
   */
  double seam() {
    return seam;
  }

  /** True when one scale bar is right across the map (false for a world map in plate carree). */
  boolean conformalEnough() {
    return conformalEnough;
  }

  /** The proj4 definition string. */
  String definition() {
    return definition;
  }

  /** Projects lon/lat into xy (metres); false (xy set to NaN) when the point cannot be projected. */
  boolean forward(double lon, double lat, double[] xy) {
    return run(forward, lon, lat, xy);
  }

  /** Unprojects metres into lon/lat; false (set to NaN) when the point is outside the projection. */
  boolean inverse(double x, double y, double[] lonLat) {
    return run(inverse, x, y, lonLat);
  }

  private boolean run(CoordinateTransform t, double a, double b, double[] result) {
    in.x = a;
    in.y = b;
    try {
      t.transform(in, out);
    } catch (RuntimeException e) { // proj4j signals points outside the projection's domain this way
      result[0] = Double.NaN;
      result[1] = Double.NaN;
      return false;
    }
    result[0] = out.x;
    result[1] = out.y;
    return Double.isFinite(out.x) && Double.isFinite(out.y);
  }
}
