package sitrep.render.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import sitrep.pipeline.SitrepException;

/**
 * Country and first-level division polygons (WGS84 lon/lat) to draw maps on, read from gzipped GeoJSON
 * FeatureCollections: countries with properties {@code iso2, name}, divisions with {@code id, name, iso2}.
 * Immutable once loaded (but for a cache of projected features); features are kept sorted (countries by iso2 then
 * name, divisions by id). Thread-safe.
 */
public final class Basemap {
  /** Classpath location of the bundled countries file. */
  public static final String COUNTRIES_RESOURCE = "/gazetteer/countries.geojson.gz";

  /** Classpath location of the bundled divisions file. */
  public static final String ADMIN1_RESOURCE = "/gazetteer/admin1.geojson.gz";

  static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  /**
   * One country.
   *
   * @param iso2 ISO 3166-1 alpha-2 code, may be null or "-99" for disputed areas
   * @param name display name, never null
   * @param geometry polygon or multipolygon in lon/lat, never null
   */
  record Country(String iso2, String name, Geometry geometry) {}

  /**
   * One first-level division.
   *
   * @param id stable id, never null
   * @param name display name, never null
   * @param iso2 country code, may be null
   * @param geometry polygon or multipolygon in lon/lat, never null
   */
  record Division(String id, String name, String iso2, Geometry geometry) {}

  private final List<Country> countries;
  private final List<Division> divisions;

  /**
   * Features as projected for a view, by the view's signature (see {@link MapRenderer#projected}): maps of one
   * extent and size (the strike and the province map) project the basemap once. Kept for a few views; entries are
   * the screen geometry, {@link #NOTHING} for a feature outside the view, or null when not yet projected.
   */
  private final Map<String, Geometry[]> projected = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Geometry[]> eldest) {
      return size() > 8;
    }
  };

  private static final Geometry NOTHING = GEOMETRY.createPoint();

  private Basemap(List<Country> countries, List<Division> divisions) {
    this.countries = List.copyOf(countries);
    this.divisions = List.copyOf(divisions);
  }

  /**
   * Loads the basemap bundled on the classpath ({@value #COUNTRIES_RESOURCE}, {@value #ADMIN1_RESOURCE}).
   *
   * @throws SitrepException when a file is missing or not valid GeoJSON
   */
  public static Basemap loadBundled() {
    try (InputStream countries = Basemap.class.getResourceAsStream(COUNTRIES_RESOURCE);
        InputStream admin1 = Basemap.class.getResourceAsStream(ADMIN1_RESOURCE)) {
      if (countries == null || admin1 == null) {
        throw new SitrepException("basemap " + (countries == null ? COUNTRIES_RESOURCE : ADMIN1_RESOURCE)
            + " is missing from the classpath: build the gazetteer (gazetteer/build.sh) and rebuild sitrep");
      }
      return load(countries, admin1);
    } catch (IOException e) {
      throw new SitrepException("cannot read the bundled basemap: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a basemap from two gzipped GeoJSON streams (not closed here).
   *
   * @param countriesGeoJsonGz countries FeatureCollection, gzipped, never null
   * @param admin1GeoJsonGz first-level divisions FeatureCollection, gzipped, may be null for none
   * @throws SitrepException naming the file and feature when the data is not valid
   */
  public static Basemap load(InputStream countriesGeoJsonGz, InputStream admin1GeoJsonGz) {
    List<Country> countries = new ArrayList<>();
    for (Feature f : read(countriesGeoJsonGz, "countries.geojson.gz")) {
      String name = f.text("name");
      countries.add(new Country(f.text("iso2"), name == null ? "" : name, f.geometry()));
    }
    countries.sort(Comparator.comparing((Country c) -> c.iso2() == null ? "" : c.iso2())
        .thenComparing(Country::name));
    List<Division> divisions = new ArrayList<>();
    if (admin1GeoJsonGz != null) {
      int n = 0;
      for (Feature f : read(admin1GeoJsonGz, "admin1.geojson.gz")) {
        String id = f.text("id");
        String name = f.text("name");
        divisions.add(new Division(id == null ? "#" + n : id, name == null ? "" : name, f.text("iso2"),
            f.geometry()));
        n++;
      }
      divisions.sort(Comparator.comparing(Division::id));
    }
    return new Basemap(countries, divisions);
  }

  List<Country> countries() {
    return countries;
  }

  List<Division> divisions() {
    return divisions;
  }

  /**
   * A country's or division's geometry as projected for a view, computed once per view: a copy the caller may keep
   * (the cached one is never handed out), or null when the feature is not in the view.
   *
   * @param view the view's signature: equal signatures mean the same projection, clip box and screen frame
   * @param division true for {@link #divisions()}, false for {@link #countries()}
   * @param index the feature's index in that list
   * @param project the projection of a lon/lat geometry for the view (null when outside it)
   */
  Geometry projected(String view, boolean division, int index, UnaryOperator<Geometry> project) {
    Geometry[] cache;
    synchronized (projected) {
      cache = projected.computeIfAbsent((division ? "d|" : "c|") + view,
          k -> new Geometry[division ? divisions.size() : countries.size()]);
    }
    Geometry g;
    synchronized (cache) { // a second map of the view waits for the feature rather than projecting it again
      g = cache[index];
      if (g == null) {
        g = project.apply(division ? divisions.get(index).geometry() : countries.get(index).geometry());
        cache[index] = g == null ? NOTHING : g;
      }
    }
    return g == null || g == NOTHING ? null : g.copy();
  }

  /** Number of countries, for diagnostics and tests. */
  public int countryCount() {
    return countries.size();
  }

  /** Number of first-level divisions, for diagnostics and tests. */
  public int divisionCount() {
    return divisions.size();
  }

  /**
   * The lon/lat box around some countries: their main land (parts at least 5% the area of the country's largest
   * part, so that a far-off islet does not stretch the map).
   *
   * @param iso2 ISO 3166-1 alpha-2 codes, never null or empty
   * @throws IllegalArgumentException naming a code the basemap does not have
   */
  public Envelope countryExtent(List<String> iso2) {
    Envelope e = new Envelope();
    for (String code : iso2) {
      List<Country> found = countries.stream().filter(c -> code.equalsIgnoreCase(c.iso2())).toList();
      if (found.isEmpty()) {
        throw new IllegalArgumentException("country '" + code + "' is not in the basemap (use an ISO 3166-1 alpha-2"
            + " code such as IQ, SY, JO, YE)");
      }
      for (Country c : found) {
        Geometry g = c.geometry();
        double largest = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
          largest = Math.max(largest, g.getGeometryN(i).getArea());
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
          if (g.getGeometryN(i).getArea() >= 0.05 * largest) {
            e.expandToInclude(g.getGeometryN(i).getEnvelopeInternal());
          }
        }
      }
    }
    return e;
  }

  /** The lon/lat bounds of all countries. */
  Envelope bounds() {
    Envelope e = new Envelope();
    countries.forEach(c -> e.expandToInclude(c.geometry().getEnvelopeInternal()));
    return e;
  }

  private record Feature(Map<String, String> properties, Geometry geometry) {
    String text(String key) {
      return properties.get(key);
    }
  }

  private static List<Feature> read(InputStream gz, String file) {
    List<Feature> out = new ArrayList<>();
    int index = 0;
    try {
      GeoJsonParser p = new GeoJsonParser(new GZIPInputStream(gz, 1 << 16).readAllBytes());
      if (p.peek() != '{') {
        throw new SitrepException("basemap " + file + " is not a GeoJSON FeatureCollection");
      }
      p.expect('{');
      boolean sawFeatures = false;
      for (boolean first = true;; first = false) {
        String field = p.nextField(first);
        if (field == null) {
          break;
        }
        if (!field.equals("features")) {
          p.skipValue();
          continue;
        }
        sawFeatures = true;
        if (p.peek() != '[') {
          throw new SitrepException("basemap " + file + ": 'features' is not an array");
        }
        p.expect('[');
        for (boolean firstFeature = true; p.nextElement(firstFeature); firstFeature = false) {
          if (p.peek() != '{') {
            p.skipValue(); // not a feature
            continue;
          }
          p.expect('{');
          Map<String, String> properties = Map.of();
          Geometry g = null;
          for (boolean firstKey = true;; firstKey = false) {
            String key = p.nextField(firstKey);
            if (key == null) {
              break;
            }
            if (key.equals("properties")) {
              properties = p.properties();
            } else if (key.equals("geometry")) {
              try {
                g = geometry(p);
              } catch (IllegalArgumentException e) {
                throw new SitrepException("basemap " + file + " feature " + index + ": " + e.getMessage(), e);
              }
            } else {
              p.skipValue();
            }
          }
          if (g != null && !g.isEmpty()) {
            out.add(new Feature(properties, g));
          }
          index++;
        }
      }
      if (!sawFeatures) {
        throw new SitrepException("basemap " + file + " has no 'features' array");
      }
    } catch (IOException e) {
      throw new SitrepException("cannot read basemap " + file + " (feature " + index + "): " + e.getMessage()
          + "; rebuild it with gazetteer/build.sh", e);
    }
    return out;
  }

  /**
   * Reads a GeoJSON geometry object (the parser is before its '{' or null) as a JTS Polygon or MultiPolygon; null
   * for a null geometry or another type (points and lines are not drawn on a basemap).
   *
   * @throws IllegalArgumentException naming what is wrong with the geometry
   */
  static Geometry geometry(GeoJsonParser p) throws IOException {
    int c = p.peek();
    if (c == 'n') {
      p.skipValue();
      return null;
    }
    if (c != '{') {
      throw new IllegalArgumentException("geometry is not an object");
    }
    p.expect('{');
    String type = null;
    Object coordinates = null;
    for (boolean first = true;; first = false) {
      String key = p.nextField(first);
      if (key == null) {
        break;
      }
      if (key.equals("type")) {
        type = p.peek() == '"' ? p.string() : skipped(p);
      } else if (key.equals("coordinates")) {
        coordinates = p.coordinates();
      } else {
        p.skipValue();
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("geometry has no type");
    }
    return switch (type) {
      case "Polygon" -> {
        Polygon poly = polygon(list(coordinates));
        List<Polygon> parts = poly == null ? List.of() : cutAtDateLine(poly);
        yield parts.size() == 1 ? parts.get(0) : GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
      }
      case "MultiPolygon" -> {
        List<Polygon> polys = new ArrayList<>();
        for (Object part : list(coordinates)) {
          Polygon poly = polygon(list(part));
          if (poly != null) {
            polys.addAll(cutAtDateLine(poly));
          }
        }
        yield GEOMETRY.createMultiPolygon(polys.toArray(Polygon[]::new));
      }
      default -> null;
    };
  }

  /** Skips a value that is not a string: a type that is not text is no type. */
  private static String skipped(GeoJsonParser p) throws IOException {
    p.skipValue();
    return null;
  }

  /**
   * A polygon whose rings jump across the 180th meridian (an edge longer than 180 degrees of longitude, as in
   * parts of Russia, Fiji and Chukotka in the source data) would be drawn as a band across the whole map. Such a
   * polygon is unwrapped to continuous longitudes and cut at +/-180 into parts that each stay within
   * [-180, 180]. Other polygons are returned as they are.
   */
  static List<Polygon> cutAtDateLine(Polygon p) {
    if (!crossesDateLine(p.getExteriorRing().getCoordinates())) {
      return List.of(p);
    }
    Coordinate[] shell = unwrap(p.getExteriorRing().getCoordinates());
    if (shell == null) {
      return List.of(p); // a ring around a pole does not close when unwrapped: leave it
    }
    double shellMin = Double.MAX_VALUE;
    for (Coordinate c : shell) {
      shellMin = Math.min(shellMin, c.x);
    }
    List<LinearRing> holes = new ArrayList<>();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      Coordinate[] hole = unwrap(p.getInteriorRingN(i).getCoordinates());
      if (hole == null) {
        continue;
      }
      double sum = 0;
      for (Coordinate c : hole) {
        sum += c.x;
      }
      if (sum / hole.length < shellMin) {
        for (Coordinate c : hole) {
          c.x += 360;
        }
      }
      holes.add(GEOMETRY.createLinearRing(hole));
    }
    Geometry whole = GEOMETRY.createPolygon(GEOMETRY.createLinearRing(shell), holes.toArray(LinearRing[]::new));
    if (!whole.isValid()) {
      whole = org.locationtech.jts.geom.util.GeometryFixer.fix(whole);
    }
    List<Polygon> out = new ArrayList<>();
    for (int k = -1; k <= 1; k++) {
      double lo = -180 + 360 * k;
      Geometry part = whole.intersection(GEOMETRY.toGeometry(new Envelope(lo, lo + 360, -90, 90)));
      if (part.isEmpty()) {
        continue;
      }
      Geometry moved = part.copy();
      if (k != 0) {
        moved.apply(org.locationtech.jts.geom.util.AffineTransformation.translationInstance(-360.0 * k, 0));
        moved.geometryChanged();
      }
      for (int i = 0; i < moved.getNumGeometries(); i++) {
        if (moved.getGeometryN(i) instanceof Polygon q && !q.isEmpty()) {
          out.add(q);
        }
      }
    }
    return out.isEmpty() ? List.of(p) : out;
  }

  private static boolean crossesDateLine(Coordinate[] ring) {
    for (int i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i].x - ring[i - 1].x) > 180) {
        return true;
      }
    }
    return false;
  }

  /** The ring with longitudes made continuous (no jump over 180 degrees), or null when it then does not close. */
  private static Coordinate[] unwrap(Coordinate[] ring) {
    Coordinate[] out = new Coordinate[ring.length];
    double offset = 0;
    out[0] = new Coordinate(ring[0]);
    for (int i = 1; i < ring.length; i++) {
      double d = ring[i].x - ring[i - 1].x;
      if (d > 180) {
        offset -= 360;
      } else if (d < -180) {
        offset += 360;
      }
      out[i] = new Coordinate(ring[i].x + offset, ring[i].y);
    }
    return out[0].equals2D(out[out.length - 1]) ? out : null;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    if (!(o instanceof List)) {
      throw new IllegalArgumentException("coordinates are not nested as the geometry type requires");
    }
    return (List<Object>) o;
  }

  private static Polygon polygon(List<Object> rings) {
    if (rings.isEmpty()) {
      throw new IllegalArgumentException("polygon has no rings");
    }
    LinearRing shell = ring(rings.get(0));
    if (shell == null) {
      return null;
    }
    List<LinearRing> holes = new ArrayList<>();
    for (int i = 1; i < rings.size(); i++) {
      LinearRing hole = ring(rings.get(i));
      if (hole != null) {
        holes.add(hole);
      }
    }
    return GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new));
  }

  /** A ring's positions, repeated points dropped and closed; null when fewer than 4 points are left. */
  private static LinearRing ring(Object o) {
    if (o instanceof List<?> l && !l.isEmpty()) {
      throw new IllegalArgumentException("ring holds an array where a position was expected");
    }
    if (!(o instanceof GeoJsonParser.Ring r)) {
      if (o instanceof List) {
        return null; // an empty ring: nothing to draw
      }
      throw new IllegalArgumentException("coordinates are not nested as the geometry type requires");
    }
    List<Coordinate> cs = new ArrayList<>(r.size() + 1);
    Coordinate last = null;
    for (int i = 0; i < r.size(); i++) {
      double x = r.x(i);
      double y = r.y(i);
      if (last == null || last.x != x || last.y != y) {
        last = new Coordinate(x, y);
        cs.add(last);
      }
    }
    if (cs.size() > 0 && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      cs.add(new Coordinate(cs.get(0)));
    }
    if (cs.size() < 4) {
      return null; // degenerate ring: nothing to draw
    }
    return GEOMETRY.createLinearRing(cs.toArray(Coordinate[]::new));
  }
}
