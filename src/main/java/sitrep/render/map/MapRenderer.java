package sitrep.render.map;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Place;
import sitrep.model.Weapon;
import sitrep.render.Figure;

/**
 * Draws the strike map: a basemap (sea, land, country and province borders, country and sea names) fitted to the
 * located incidents, with one circle per site sized by its number of incidents and coloured (or split) by weapon,
 * names for the most-hit sites, a legend, a scale bar, a north arrow, title and attribution.
 *
 * <p>All layout (projection, clipping, grouping, label placement) happens here, deterministically; the returned
 * figure only paints it. Geometries are clipped to the view in lon/lat before projecting and again in screen space.
 */
public final class MapRenderer {
  /** The extent shown when no incident has coordinates: the Middle East. */
  static final Envelope MIDDLE_EAST = new Envelope(25, 63, 10, 42);

  /** Smallest extent shown, in degrees of longitude and latitude. */
  static final double MIN_EXTENT_DEGREES = 4;

  /** Views narrower than this (degrees of longitude) show provinces in every country, wider ones only in focus. */
  static final double CLOSE_UP_DEGREES = 20;

  /** At most this many sites are named (most incidents first); the labeller drops those with no room. */
  static final int MAX_SITE_LABELS = 12;

  static final String ATTRIBUTION =
      "Basemap: Natural Earth. Places: GeoNames (CC BY 4.0), OurAirports. sitrep";

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

  private MapRenderer() {}

  /**
   * Renders the strike map of a set.
   *
   * @param set the incidents, never null; those without coordinates are counted in a note, not drawn
   * @param basemap the countries and provinces to draw on, never null
   * @param options size, title, extent and inset, never null
   * @return the figure, never null
   */
  public static Figure render(IncidentSet set, Basemap basemap, MapOptions options) {
    return layout(MapData.of(set), basemap, options, false);
  }

  /**
   * Renders the strike map of incidents already gathered into sites ({@link MapData#of}): the way to draw several
   * maps of one large set.
   *
   * @param data the sites, never null
   * @param basemap the countries and provinces to draw on, never null
   * @param options size, title, extent and inset, never null
   * @return the figure, never null
   */
  public static Figure render(MapData data, Basemap basemap, MapOptions options) {
    return layout(data, basemap, options, false);
  }

  /**
   * Renders the province map of a set: first-level divisions shaded by their number of incidents (point in
   * polygon), on a sequential colour-blind-safe ramp with class breaks in the legend. Incidents at sea or outside
   * every division are counted in a note.
   *
   * @param set the incidents, never null
   * @param basemap the countries and provinces, never null
   * @param options size, title, extent and inset, never null
   * @return the figure, never null
   */
  public static Figure renderProvinces(IncidentSet set, Basemap basemap, MapOptions options) {
    return layout(MapData.of(set), basemap, options, true);
  }

  /**
   * Renders the province map of incidents already gathered into sites ({@link MapData#of}).
   *
   * @param data the sites, never null
   * @param basemap the countries and provinces, never null
   * @param options size, title, extent and inset, never null
   * @return the figure, never null
   */
  public static Figure renderProvinces(MapData data, Basemap basemap, MapOptions options) {
    return layout(data, basemap, options, true);
  }

  private static Figure layout(MapData data, Basemap basemap, MapOptions options, boolean provinces) {
    MapStyle style = MapStyle.forSize(options.width(), options.height());
    MapScene scene = new MapScene(options, style);

    int notLocated = data.notLocated();
    List<Site> sites = new ArrayList<>();
    data.sites().forEach(d -> sites.add(new Site(d)));

    // header and footer
    scene.title = options.title();
    scene.attribution = ATTRIBUTION;
    float pad = style.px(24);
    float headerBottom = pad + (options.title().isBlank() ? 0 : style.px(44)) + style.px(34);
    float footerTop = options.height() - style.px(34);
    scene.frame = new Rectangle2D.Float(pad, headerBottom, options.width() - 2 * pad, footerTop - headerBottom);

    View view = view(sites, scene.frame, style, options.extent());
    int outside = 0;
    for (java.util.Iterator<Site> it = sites.iterator(); it.hasNext();) {
      Site site = it.next();
      if (Double.isNaN(site.x) || !scene.frame.contains(site.x, site.y)) {
        outside += site.count;
        it.remove();
      }
    }
    scene.subtitle = subtitle(sites, provinces);
    List<String> notes = new ArrayList<>();
    if (notLocated > 0) {
      notes.add(notLocated + " incident" + (notLocated == 1 ? "" : "s") + " without a point location");
    }
    if (outside > 0) {
      notes.add(outside + " outside the map");
    }
    scene.projectionDefinition = view.projection.definition();
    Envelope clipBox = view.geographicBounds();

    // basemap layers
    Set<String> focus = new TreeSet<>();
    sites.forEach(site -> focus.addAll(site.data.countries()));
    Geometry screenFrame = Basemap.GEOMETRY.toGeometry(new Envelope(scene.frame.getMinX() - 2,
        scene.frame.getMaxX() + 2, scene.frame.getMinY() - 2, scene.frame.getMaxY() + 2));
    List<ScreenCountry> countries = new ArrayList<>();
    String signature = signature(view, clipBox, screenFrame);
    for (int k = 0; k < basemap.countries().size(); k++) {
      Basemap.Country c = basemap.countries().get(k);
      Geometry g = projected(basemap, signature, false, k, clipBox, view, screenFrame);
      if (g != null) {
        boolean inFocus = c.iso2() != null && focus.contains(c.iso2());
        countries.add(new ScreenCountry(c.name(), c.iso2(), g, inFocus));
      }
    }
    // points inside a country also put it in focus (sea points do not)
    for (Site site : sites) {
      Coordinate p = new Coordinate(site.x, site.y);
      for (int k = 0; k < countries.size(); k++) {
        ScreenCountry sc = countries.get(k);
        // point in polygon by ray crossing (what contains() means for a point: inside, not on the border), without
        // the full topology graph contains() builds for every call
        if (!sc.focus && sc.geometry.getEnvelopeInternal().contains(site.x, site.y)
            && SimplePointInAreaLocator.locate(p, sc.geometry) == Location.INTERIOR) {
          countries.set(k, new ScreenCountry(sc.name, sc.iso2, sc.geometry, true));
        }
      }
    }
    for (ScreenCountry c : countries) {
      (c.focus ? scene.focusLand : scene.land).add(MapScene.shape(c.geometry));
      scene.countryBorders.add(MapScene.shape(c.geometry));
    }
    // provinces: everywhere on a close-up, only in the countries with incidents on a regional view
    Set<String> focusCodes = new TreeSet<>();
    countries.stream().filter(ScreenCountry::focus).forEach(c -> focusCodes.add(String.valueOf(c.iso2())));
    boolean closeUp = clipBox.getWidth() < CLOSE_UP_DEGREES;
    Map<String, Integer> perDivision = provinces ? Choropleth.count(basemap, sites) : Map.of();
    int unplaced = provinces ? sites.stream().mapToInt(st -> st.count).sum()
        - perDivision.values().stream().mapToInt(Integer::intValue).sum() : 0;
    if (unplaced > 0) {
      notes.add(unplaced + " at sea or outside a province not counted");
    }
    Choropleth classes = provinces ? Choropleth.classes(perDivision.values()) : null;
    List<ScreenDivision> shaded = new ArrayList<>();
    for (int k = 0; k < basemap.divisions().size(); k++) {
      Basemap.Division d = basemap.divisions().get(k);
      boolean counted = perDivision.containsKey(d.id());
      if (!counted && !closeUp && !focusCodes.contains(String.valueOf(d.iso2()))) {
        continue;
      }
      Geometry g = projected(basemap, signature, true, k, clipBox, view, screenFrame);
      if (g != null) {
        scene.admin1Borders.add(MapScene.shape(g));
        if (provinces && (counted || focusCodes.contains(String.valueOf(d.iso2())))) {
          int n = perDivision.getOrDefault(d.id(), 0);
          scene.fills.add(new MapScene.Fill(MapScene.shape(g), classes.colour(n)));
          if (n > 0) {
            shaded.add(new ScreenDivision(d.name(), n, g));
          }
        }
      }
    }
    scene.note = notes.isEmpty() ? null : String.join("; ", notes) + " not shown";
    if (provinces && unplaced > 0) {
      scene.note = String.join("; ", notes);
    }

    Labeller labeller = new Labeller(scene.frame, style);
    Corner legendCorner = null;
    if (provinces) {
      scene.clusters = List.of();
      if (classes != null && !perDivision.isEmpty()) {
        scene.classLegend = ClassLegend.layout(classes, style);
        legendCorner = classLegendCorner(scene.classLegend, scene.frame, scene.fills, style);
        scene.legendBox = legendCorner.place(scene.frame, scene.classLegend.width, scene.classLegend.height,
            style.px(12));
        labeller.obstacle(scene.legendBox);
      }
    } else {
      // strike circles, grouped where they overlap
      List<Cluster> clusters = cluster(sites, style);
      scene.clusters = clusters;
      for (Cluster c : clusters) {
        labeller.obstacle(new Ellipse2D.Double(c.x - c.r, c.y - c.r, 2 * c.r, 2 * c.r));
      }
      if (!clusters.isEmpty()) {
        scene.legend = Legend.layout(clusters, style);
        legendCorner = legendCorner(scene.legend, scene.frame, clusters, style);
        scene.legendBox = legendCorner.place(scene.frame, scene.legend.width, scene.legend.height, style.px(12));
        labeller.obstacle(scene.legendBox);
      }
    }
    // scale bar and north arrow in two other corners; the inset in the one left
    Corner scaleCorner = legendCorner == Corner.BOTTOM_RIGHT ? Corner.BOTTOM_LEFT : Corner.BOTTOM_RIGHT;
    Corner arrowCorner = legendCorner == Corner.TOP_RIGHT ? Corner.TOP_LEFT : Corner.TOP_RIGHT;
    scene.scaleBar = view.projection.conformalEnough() ? ScaleBar.layout(view, scene.frame, style, scaleCorner) : null;
    if (scene.scaleBar != null) {
      labeller.obstacle(scene.scaleBar.bounds());
    }
    scene.northArrow = NorthArrow.layout(view, scene.frame, style, arrowCorner);
    labeller.obstacle(scene.northArrow.bounds());
    if (options.inset()) {
      Corner legendAt = legendCorner;
      Corner free = java.util.Arrays.stream(Corner.values())
          .filter(c -> c != legendAt && c != scaleCorner && c != arrowCorner).findFirst().orElse(null);
      List<Geometry> avoid = new ArrayList<>();
      scene.clusters.forEach(c -> avoid.add(Basemap.GEOMETRY.toGeometry(new Envelope(c.x - c.r, c.x + c.r,
          c.y - c.r, c.y + c.r))));
      shaded.forEach(d -> avoid.add(d.geometry));
      scene.inset = free == null ? null : Inset.layout(basemap, view, scene.frame, style, free, avoid);
      if (scene.inset != null) {
        labeller.obstacle(scene.inset.box());
      }
    }

    if (provinces) {
      // the provinces with most incidents are named, with their count
      shaded.sort(Comparator.comparingInt((ScreenDivision d) -> -d.count).thenComparing(ScreenDivision::name));
      for (ScreenDivision d : shaded.subList(0, Math.min(MAX_PROVINCE_LABELS, shaded.size()))) {
        provinceLabel(d, labeller, style);
      }
    } else {
      // site names first (most important), then sea and country names where room is left
      List<Cluster> byCount = new ArrayList<>(scene.clusters);
      byCount.sort(Comparator.comparingInt((Cluster c) -> -c.count).thenComparing(c -> c.label));
      for (Cluster c : byCount.subList(0, Math.min(MAX_SITE_LABELS, byCount.size()))) {
        labeller.siteLabel(c);
      }
    }
    List<Geometry> landScreen = countries.stream().map(ScreenCountry::geometry).toList();
    for (SeaName sea : SeaName.ALL) {
      labeller.seaLabel(sea, view, landScreen);
    }
    countries.sort(Comparator.comparingDouble((ScreenCountry c) -> -c.geometry.getArea())
        .thenComparing(ScreenCountry::name));
    Geometry exactFrame = Basemap.GEOMETRY.toGeometry(new Envelope(scene.frame.getMinX(), scene.frame.getMaxX(),
        scene.frame.getMinY(), scene.frame.getMaxY()));
    // on the province map, country names go only where no province is shaded
    org.locationtech.jts.index.strtree.STRtree shadedIndex = new org.locationtech.jts.index.strtree.STRtree();
    shaded.forEach(d -> shadedIndex.insert(d.geometry.getEnvelopeInternal(), PreparedGeometryFactory.prepare(d.geometry)));
    java.util.function.Predicate<Rectangle2D> clear = r -> {
      Envelope e = new Envelope(r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY());
      Geometry box = Basemap.GEOMETRY.toGeometry(e);
      for (Object o : shadedIndex.query(e)) {
        if (((PreparedGeometry) o).intersects(box)) {
          return false;
        }
      }
      return true;
    };
    for (ScreenCountry c : countries) {
      countryLabel(c, exactFrame, labeller, style, clear);
    }
    scene.labels = labeller.labels();
    return new MapFigure(scene);
  }

  /** At most this many provinces are named on the province map. */
  static final int MAX_PROVINCE_LABELS = 6;

  /** A shaded division on the screen. */
  record ScreenDivision(String name, int count, Geometry geometry) {}

  private static void provinceLabel(ScreenDivision d, Labeller labeller, MapStyle style) {
    Polygon largest = null;
    for (int i = 0; i < d.geometry.getNumGeometries(); i++) {
      if (d.geometry.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
        largest = p;
      }
    }
    if (largest == null) {
      return;
    }
    Coordinate centre = new MaximumInscribedCircle(largest, 1.0).getCenter().getCoordinate();
    String text = d.name + " " + d.count;
    // inside the province if it fits, else spilling a little over its edge (the halo keeps it readable)
    for (double margin : new double[] {6, 40}) {
      PreparedGeometry inside = PreparedGeometryFactory.prepare(largest.buffer(style.px(margin)));
      for (double size : new double[] {14, 12.5}) {
        if (labeller.areaLabel(text, sitrep.render.Fonts.forText(text, true, style.px(size)), centre.x, centre.y,
            inside, sitrep.render.Palette.TEXT, "province", r -> true)) {
          return;
        }
      }
    }
  }

  private static Corner classLegendCorner(ClassLegend legend, Rectangle2D frame, List<MapScene.Fill> fills,
      MapStyle style) {
    Corner best = Corner.BOTTOM_LEFT;
    double bestCost = Double.MAX_VALUE;
    for (Corner c : Corner.values()) {
      Rectangle2D box = c.place(frame, legend.width, legend.height, style.px(12));
      double cost = 0;
      for (MapScene.Fill f : fills) {
        if (f.colour().equals(MapStyle.LAND_FOCUS)) {
          continue;
        }
        Rectangle2D b = f.shape().getBounds2D().createIntersection(box);
        if (b.getWidth() > 0 && b.getHeight() > 0) {
          cost += b.getWidth() * b.getHeight();
        }
      }
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- sites and clusters

  /** Incidents at one place, on one map. Coordinates x, y are set once projected. */
  static final class Site {
    final MapData.SiteData data;
    final String key;
    final Place place;
    final Map<Weapon, Integer> weapons;
    final int count;
    double x;
    double y;

    Site(MapData.SiteData data) {
      this.data = data;
      this.key = data.key();
      this.place = data.place();
      this.weapons = data.weapons();
      this.count = data.count();
    }
  }

  /** Sites drawn as one circle. */
  static final class Cluster {
    final List<Site> sites = new ArrayList<>();
    final Map<Weapon, Integer> weapons = new EnumMap<>(Weapon.class);
    int count;
    double x;
    double y;
    float r;
    String label;

    void add(Site s) {
      if (sites.isEmpty()) {
        x = s.x;
        y = s.y;
      }
      sites.add(s);
      count += s.count;
      s.weapons.forEach((w, n) -> weapons.merge(w, n, Integer::sum));
    }
  }

  /** The sites of located incidents, by key: a new, modifiable list. See {@link MapData#of(IncidentSet)}. */
  static List<Site> sites(List<Incident> located) {
    List<Site> out = new ArrayList<>();
    MapData.of(located).sites().forEach(d -> out.add(new Site(d)));
    return out;
  }

  /** Greedy grouping: biggest sites first; a site joins a cluster whose circle it would overlap too much. */
  static List<Cluster> cluster(List<Site> sites, MapStyle style) {
    List<Site> order = new ArrayList<>(sites);
    order.sort(Comparator.comparingInt((Site s) -> -s.count).thenComparing(s -> s.key));
    List<Cluster> clusters = new ArrayList<>();
    for (Site s : order) {
      Cluster join = null;
      for (Cluster c : clusters) {
        double d = Math.hypot(c.x - s.x, c.y - s.y);
        if (d < 0.8 * (style.radius(c.count) + style.radius(s.count))) {
          join = c;
          break;
        }
      }
      if (join == null) {
        join = new Cluster();
        clusters.add(join);
      }
      join.add(s);
    }
    for (Cluster c : clusters) {
      c.r = style.radius(c.count);
      String name = c.sites.get(0).place.name();
      int others = c.sites.size() - 1;
      c.label = name + (others > 0 ? " +" + others + " nearby" : "") + (c.count > 1 ? " (" + c.count + ")" : "");
    }
    // draw big circles first so small ones stay visible on top
    clusters.sort(Comparator.comparingInt((Cluster c) -> -c.count).thenComparing(c -> c.label));
    return clusters;
  }

  private static String subtitle(List<Site> sites, boolean provinces) {
    int n = 0;
    LocalDate from = null;
    LocalDate to = null;
    for (Site site : sites) {
      n += site.count;
      LocalDate first = site.data.first();
      LocalDate last = site.data.last();
      if (first != null && (from == null || first.isBefore(from))) {
        from = first;
      }
      if (last != null && (to == null || last.isAfter(to))) {
        to = last;
      }
    }
    if (n == 0) {
      return "No located incidents";
    }
    StringBuilder s = new StringBuilder();

    s.append(n).append(n == 1 ? " incident" : " incidents");
    s.append(" at ").append(sites.size()).append(sites.size() == 1 ? " place" : " places");
    if (from != null) {
      s.append(", ").append(DAY.format(from));
      if (!to.equals(from)) {
        s.append(" \u2013 ").append(DAY.format(to));
      }
    }
    if (provinces) {
      s.append("  \u00b7  shaded by province (first-level division)");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- view and projection

  /** The projection and the affine map from projected metres to the frame. */
  static final class View {
    final Projection projection;
    final double minX;
    final double maxY;
    final double k; // pixels per metre
    final Rectangle2D frame;
    private final double[] tmp = new double[2];

    View(Projection projection, double minX, double maxY, double k, Rectangle2D frame) {
      this.projection = projection;
      this.minX = minX;
      this.maxY = maxY;
      this.k = k;
      this.frame = frame;
    }

    /** Screen position of a lon/lat, or null when it cannot be projected. */
    Point2D screen(double lon, double lat) {
      if (!projection.forward(lon, lat, tmp)) {
        return null;
      }
      return new Point2D.Double(frame.getMinX() + (tmp[0] - minX) * k, frame.getMinY() + (maxY - tmp[1]) * k);
    }

    /** Lon/lat of a screen position, or null. */
    double[] lonLat(double sx, double sy) {
      double x = minX + (sx - frame.getMinX()) / k;
      double y = maxY - (sy - frame.getMinY()) / k;
      double[] out = new double[2];
      return projection.inverse(x, y, out) ? out : null;
    }

    /** The lon/lat box covering the frame, with a margin, used to clip the basemap before projecting. */
    Envelope geographicBounds() {
      Envelope e = new Envelope();
      int n = 24;
      for (int i = 0; i <= n; i++) {
        double t = (double) i / n;
        double[][] edge = {
          {frame.getMinX() + t * frame.getWidth(), frame.getMinY()},
          {frame.getMinX() + t * frame.getWidth(), frame.getMaxY()},
          {frame.getMinX(), frame.getMinY() + t * frame.getHeight()},
          {frame.getMaxX(), frame.getMinY() + t * frame.getHeight()}};
        for (double[] p : edge) {
          double[] ll = lonLat(p[0], p[1]);
          if (ll == null) {
            return new Envelope(-180, 180, -89.9, 89.9);
          }
          e.expandToInclude(ll[0], ll[1]);
        }
      }
      double m = Math.max(1, 0.05 * Math.max(e.getWidth(), e.getHeight()));
      return new Envelope(Math.max(-180, e.getMinX() - m), Math.min(180, e.getMaxX() + m),
          Math.max(-89.9, e.getMinY() - m), Math.min(89.9, e.getMaxY() + m));
    }
  }

  /** Fits the view to the sites (or the Middle East), keeping room around them for circles and names. */
  static View view(List<Site> sites, Rectangle2D frame, MapStyle style, Envelope extent) {
    Envelope geo = new Envelope();
    sites.forEach(s -> geo.expandToInclude(s.place.lon(), s.place.lat()));
    boolean fallback = geo.isNull() || extent != null;
    if (extent != null) {
      geo.init(extent);
    } else if (fallback) {
      geo.init(MIDDLE_EAST);
    }
    if (geo.getWidth() < MIN_EXTENT_DEGREES) {
      double c = geo.centre().x;
      geo.init(c - MIN_EXTENT_DEGREES / 2, c + MIN_EXTENT_DEGREES / 2, geo.getMinY(), geo.getMaxY());
    }
    if (geo.getHeight() < MIN_EXTENT_DEGREES) {
      double c = geo.centre().y;
      geo.init(geo.getMinX(), geo.getMaxX(), Math.max(-89, c - MIN_EXTENT_DEGREES / 2),
          Math.min(89, c + MIN_EXTENT_DEGREES / 2));
    }
    Projection projection = Projection.forExtent(geo.centre().x, geo.centre().y, geo.getWidth(), geo.getHeight());
    // projected bounds of the extent (its outline, densified, plus every site)
    Envelope box = new Envelope();
    double[] xy = new double[2];
    int n = 32;
    for (int i = 0; i <= n; i++) {
      double t = (double) i / n;
      double lon = geo.getMinX() + t * geo.getWidth();
      double lat = geo.getMinY() + t * geo.getHeight();
      double[][] pts = {{lon, geo.getMinY()}, {lon, geo.getMaxY()}, {geo.getMinX(), lat}, {geo.getMaxX(), lat}};
      for (double[] p : pts) {
        if (projection.forward(p[0], p[1], xy)) {
          box.expandToInclude(xy[0], xy[1]);
        }
      }
    }
    for (Site s : extent == null ? sites : List.<Site>of()) {
      if (projection.forward(s.place.lon(), s.place.lat(), xy)) {
        box.expandToInclude(xy[0], xy[1]);
      }
    }
    // leave room for the largest circle and a label around the sites; none around the fallback extent
    double room = fallback ? 0 : style.px(60) + sites.stream().mapToDouble(s -> style.radius(s.count)).max().orElse(0);
    double fw = frame.getWidth();
    double fh = frame.getHeight();
    double dx = Math.max(box.getWidth(), 1);
    double dy = Math.max(box.getHeight(), 1);
    double k = Math.min((fw - 2 * room) / dx, (fh - 2 * room) / dy);
    if (!(k > 0)) {
      k = Math.min(fw / dx, fh / dy);
    }
    double cx = box.centre().x;
    double cy = box.centre().y;
    View view = new View(projection, cx - fw / 2 / k, cy + fh / 2 / k, k, frame);
    for (Site s : sites) {
      Point2D p = view.screen(s.place.lon(), s.place.lat());
      s.x = p == null ? Double.NaN : p.getX();
      s.y = p == null ? Double.NaN : p.getY();
    }
    return view;
  }

  /**
   * A basemap feature {@linkplain #project projected} for a view: computed once per view and basemap, and shared by
   * the maps of that view (a copy each).
   *
   * @param signature the view's {@link #signature}
   * @param division true for a division, false for a country
   * @param index its index in the basemap's list
   */
  static Geometry projected(Basemap basemap, String signature, boolean division, int index, Envelope clipBox,
      View view, Geometry screenFrame) {
    return basemap.projected(signature, division, index, g -> project(g, clipBox, view, screenFrame));
  }

  /** What {@link #project} depends on besides the geometry: equal strings, equal projections. */
  static String signature(View view, Envelope clipBox, Geometry screenFrame) {
    return view.projection.definition() + "|" + view.minX + "|" + view.maxY + "|" + view.k + "|"
        + view.frame.getMinX() + "|" + view.frame.getMinY() + "|" + clipBox + "|" + screenFrame.getEnvelopeInternal();
  }

  /** Clips a lon/lat geometry to the box, projects it to the screen, simplifies and clips it to the frame. */
  static Geometry project(Geometry lonLat, Envelope clipBox, View view, Geometry screenFrame) {
    if (!lonLat.getEnvelopeInternal().intersects(clipBox)) {
      return null;
    }
    // drop detail finer than a third of a pixel before the costly steps (overlay, projection)
    double degreesPerPixel = 1 / (view.k * 111_320);
    Geometry g = DouglasPeuckerSimplifier.simplify(lonLat, degreesPerPixel / 3);
    if (g.isEmpty()) {
      return null;
    }
    if (!clipBox.contains(g.getEnvelopeInternal())) {
      g = intersection(g, Basemap.GEOMETRY.toGeometry(clipBox));
      if (g == null || g.isEmpty()) {
        return null;
      }
    }
    g = splitAtSeam(g, view.projection.seam());
    if (g == null) {
      return null;
    }
    // always project a copy: an overlay result may share coordinate sequences with the basemap's geometry
    g = g.copy();
    boolean[] failed = {false};
    double[] xy = new double[2];
    g.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        if (view.projection.forward(seq.getX(i), seq.getY(i), xy)) {
          seq.setOrdinate(i, 0, view.frame.getMinX() + (xy[0] - view.minX) * view.k);
          seq.setOrdinate(i, 1, view.frame.getMinY() + (view.maxY - xy[1]) * view.k);
        } else {
          failed[0] = true;
        }
      }

      @Override
      public boolean isDone() {
        return failed[0];
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    if (failed[0]) {
      return null;
    }
    g.geometryChanged();
    g = DouglasPeuckerSimplifier.simplify(g, 0.3);
    if (g.isEmpty()) {
      return null;
    }
    if (!screenFrame.getEnvelopeInternal().contains(g.getEnvelopeInternal())) {
      g = intersection(g, screenFrame);
    }
    return g == null || g.isEmpty() ? null : g;
  }

  /** Keeps seams this far (degrees) inside the projection's edge, so no vertex lands on the wrong side. */
  static final double SEAM_GAP = 1e-6;

  /**
   * Cuts a lon/lat geometry at the meridian opposite the projection's centre (the seam, where longitudes wrap)
   * and moves the part beyond it by 360 degrees, so that no ring crosses the seam: otherwise a polygon that
   * touches the seam (Russia, Fiji, Antarctica at 180 degrees) is drawn as a band across the whole map. Vertices on
   * the seam are pulled {@value #SEAM_GAP} degrees inside it. Returns the geometry itself when it stays clear of
   * the seam, null when nothing is left.
   *
   * @param g lon/lat geometry with longitudes in [-180, 180]
   * @param seam the seam longitude in [-180, 180], or NaN when the projection has none worth handling
   */
  static Geometry splitAtSeam(Geometry g, double seam) {
    if (Double.isNaN(seam)) {
      return g;
    }
    Envelope e = g.getEnvelopeInternal();
    boolean atDateLine = Math.abs(Math.abs(seam) - 180) < SEAM_GAP;
    if (atDateLine) {
      if (e.getMinX() > -180 + SEAM_GAP && e.getMaxX() < 180 - SEAM_GAP) {
        return g;
      }
      Geometry inside = intersection(g, Basemap.GEOMETRY.toGeometry(new Envelope(-180 + SEAM_GAP, 180 - SEAM_GAP,
          -90, 90)));
      return inside == null || inside.isEmpty() ? null : inside;
    }
    if (e.getMinX() > seam + SEAM_GAP || e.getMaxX() < seam - SEAM_GAP) {
      return g; // wholly on one side: every vertex wraps (or not) alike
    }
    // the side beyond the map's edge moves by 360 degrees: for a seam west of 0 (centre east of 0) the west side
    // moves east, otherwise the east side moves west
    boolean moveWest = seam <= 0;
    Geometry west = intersection(g, Basemap.GEOMETRY.toGeometry(new Envelope(-180, seam - SEAM_GAP, -90, 90)));
    Geometry east = intersection(g, Basemap.GEOMETRY.toGeometry(new Envelope(seam + SEAM_GAP, 180, -90, 90)));
    List<Geometry> parts = new ArrayList<>();
    for (Geometry part : new Geometry[] {west, east}) {
      if (part == null || part.isEmpty()) {
        continue;
      }
      boolean move = (part == west) == moveWest;
      if (move) {
        part = part.copy();
        part.apply(org.locationtech.jts.geom.util.AffineTransformation.translationInstance(moveWest ? 360 : -360, 0));
        part.geometryChanged();
      }
      parts.add(part);
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1 ? parts.get(0) : Basemap.GEOMETRY.buildGeometry(parts);
  }

  private static Geometry intersection(Geometry g, Geometry clip) {
    try {
      return OverlayNGRobust.overlay(g, clip, OverlayNG.INTERSECTION);
    } catch (RuntimeException e) {
      // invalid rings in the source data: repair and try once more; a shape that still fails is not drawn
      try {
        return OverlayNGRobust.overlay(GeometryFixer.fix(g), clip, OverlayNG.INTERSECTION);
      } catch (RuntimeException again) {
        return null;
      }
    }
  }

  // ---------------------------------------------------------------- corners and labels

  enum Corner {
    BOTTOM_LEFT, BOTTOM_RIGHT, TOP_LEFT, TOP_RIGHT;

    Rectangle2D place(Rectangle2D frame, double w, double h, double inset) {
      double x = this == BOTTOM_LEFT || this == TOP_LEFT ? frame.getMinX() + inset : frame.getMaxX() - inset - w;
      double y = this == TOP_LEFT || this == TOP_RIGHT ? frame.getMinY() + inset : frame.getMaxY() - inset - h;
      return new Rectangle2D.Double(x, y, w, h);
    }
  }

  private static Corner legendCorner(Legend legend, Rectangle2D frame, List<Cluster> clusters, MapStyle style) {
    Corner best = Corner.BOTTOM_LEFT;
    double bestCost = Double.MAX_VALUE;
    for (Corner c : Corner.values()) {
      Rectangle2D box = c.place(frame, legend.width, legend.height, style.px(12));
      double cost = 0;
      for (Cluster cl : clusters) {
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - cl.r - style.px(40), box.getY() - cl.r,
            box.getWidth() + 2 * cl.r + style.px(80), box.getHeight() + 2 * cl.r);
        if (grown.contains(cl.x, cl.y)) {
          cost += 1 + cl.count;
        }
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  private static void countryLabel(ScreenCountry c, Geometry frame, Labeller labeller, MapStyle style,
      java.util.function.Predicate<Rectangle2D> allowed) {
    if (c.name == null || c.name.isBlank()) {
      return;
    }
    Geometry visible = c.geometry.getEnvelopeInternal().intersects(frame.getEnvelopeInternal())
        ? intersection(c.geometry, frame) : null;
    if (visible == null || visible.isEmpty()) {
      return;
    }
    Polygon largest = null;
    for (int i = 0; i < visible.getNumGeometries(); i++) {
      if (visible.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
        largest = p;
      }
    }
    if (largest == null || largest.getArea() < style.px(40) * style.px(20)) {
      return;
    }
    MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, 1.0);
    Coordinate centre = mic.getCenter().getCoordinate();
    PreparedGeometry inside = PreparedGeometryFactory.prepare(largest);
    String text = c.name.toUpperCase(Locale.ROOT);
    for (double size : new double[] {15, 13, 11.5}) {
      Font font = sitrep.render.Fonts.forText(text, false, style.px(size));
      if (labeller.areaLabel(text, font, centre.x, centre.y, inside, MapStyle.COUNTRY_LABEL, "country", allowed)) {
        return;
      }
    }
  }

  /** A country clipped and projected to the screen. */
  record ScreenCountry(String name, String iso2, Geometry geometry, boolean focus) {}

  /** Measures text the way it is drawn. */
  static Rectangle2D textBounds(String text, Font font) {
    TextLayout layout = new TextLayout(text, font, FRC);
    return new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(),
        layout.getAscent() + layout.getDescent());
  }
}
