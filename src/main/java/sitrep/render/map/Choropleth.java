package sitrep.render.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Incidents per first-level division and the classes they are shaded in: a sequential ramp from Paul Tol's
 * colour-blind-safe YlOrBr scheme, up to {@value #MAX_CLASSES} classes with breaks at the quantiles of the
 * non-zero counts (every count its own class when there are few).
 */
final class Choropleth {
  static final int MAX_CLASSES = 5;

  /** Tol's YlOrBr, light to dark, without its two lightest steps (too close to the land colour). */
  private static final List<Color> RAMP = List.of(
      new Color(0xFE, 0xE3, 0x91), new Color(0xFE, 0xC4, 0x4F), new Color(0xFB, 0x9A, 0x29),
      new Color(0xEC, 0x70, 0x14), new Color(0xCC, 0x4C, 0x02), new Color(0x99, 0x34, 0x04),
      new Color(0x66, 0x25, 0x06));

  /** Colour of a division with no incidents. */
  static final Color ZERO = MapStyle.LAND_FOCUS;

  /** Upper bound (inclusive) of each class, ascending. */
  final List<Integer> upper;
  final List<Color> colours;

  private Choropleth(List<Integer> upper) {
    this.upper = List.copyOf(upper);
    List<Color> c = new ArrayList<>();
    int n = upper.size();
    for (int i = 0; i < n; i++) {
      int index = n == 1 ? 3 : (int) Math.round(i * (RAMP.size() - 1) / (double) (n - 1));
      c.add(RAMP.get(index));
    }
    this.colours = List.copyOf(c);
  }

  /**
   * Counts the incidents of the sites in each division: a site counts in the first division (by id) that
   * contains it. Sites in no division (at sea) are not counted.
   *
   * @return incidents by division id, only divisions with at least one
   */
  static Map<String, Integer> count(Basemap basemap, List<MapRenderer.Site> sites) {
    STRtree index = new STRtree();
    List<Basemap.Division> divisions = basemap.divisions();
    for (int i = 0; i < divisions.size(); i++) {
      index.insert(divisions.get(i).geometry().getEnvelopeInternal(), i);
    }
    Map<Integer, PreparedGeometry> prepared = new TreeMap<>();
    Map<String, Integer> out = new TreeMap<>();
    for (MapRenderer.Site s : sites) {
      double lon = s.place.lon();
      double lat = s.place.lat();
      Point p = Basemap.GEOMETRY.createPoint(new Coordinate(lon, lat));
      TreeSet<Integer> candidates = new TreeSet<>();
      for (Object o : index.query(new Envelope(lon, lon, lat, lat))) {
        candidates.add((Integer) o);
      }
      for (int i : candidates) {
        PreparedGeometry g = prepared.computeIfAbsent(i,
            k -> PreparedGeometryFactory.prepare(divisions.get(k).geometry()));
        if (g.covers(p)) {
          out.merge(divisions.get(i).id(), s.count, Integer::sum);
          break;
        }
      }
    }
    return out;
  }

  /** Classes for the non-zero counts given (an empty collection gives one class up to 1). */
  static Choropleth classes(Collection<Integer> counts) {
    List<Integer> sorted = counts.stream().filter(c -> c > 0).sorted().toList();
    if (sorted.isEmpty()) {
      return new Choropleth(List.of(1));
    }
    int max = sorted.get(sorted.size() - 1);
    TreeSet<Integer> distinct = new TreeSet<>(sorted);
    TreeSet<Integer> upper = new TreeSet<>();
    if (distinct.size() <= MAX_CLASSES) {
      upper.addAll(distinct);
    } else {
      for (int k = 1; k <= MAX_CLASSES; k++) {
        int q = sorted.get((int) Math.ceil(k * sorted.size() / (double) MAX_CLASSES) - 1);
        upper.add(q);
      }
      upper.add(max);
    }
    return new Choropleth(new ArrayList<>(upper));
  }

  /** The fill colour for a count (the zero colour for 0). */
  Color colour(int count) {
    if (count <= 0) {
      return ZERO;
    }
    for (int i = 0; i < upper.size(); i++) {
      if (count <= upper.get(i)) {
        return colours.get(i);
      }
    }
    return colours.get(colours.size() - 1);
  }

  /** Legend text of class i: "3" or "4–9". */
  String label(int i) {
    int lo = i == 0 ? 1 : upper.get(i - 1) + 1;
    int hi = upper.get(i);
    return lo == hi ? Integer.toString(hi) : lo + "\u2013" + hi;
  }
}
