package sitrep.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import sitrep.model.IncidentSet;
import sitrep.render.Preset;
import sitrep.render.SampleIncidents;

/** The province map, the locator inset, map extents and polygons at the date line. */
class ProvinceMapTest {
  static Basemap basemap;

  @BeforeAll
  static void load() throws IOException {
    basemap = MapRendererTest.fixture();
  }

  @Test
  void countsIncidentsPerProvinceByPointInPolygon() {
    IncidentSet set = SampleIncidents.realistic();
    List<MapRenderer.Site> sites = MapRenderer.sites(set.incidents().stream()
        .filter(i -> i.place() != null && i.place().located()).toList());
    Map<String, Integer> counts = Choropleth.count(basemap, sites);
    long inAnbar = set.incidents().stream().filter(i -> i.place() != null && i.place().located()
        && i.place().lon() >= 41 && i.place().lon() < 44 && i.place().lat() >= 29 && i.place().lat() <= 37.4).count();
    assertEquals((int) inAnbar, counts.get("adm1:IQ-AN"));
    assertFalse(counts.containsKey("adm1:SY-HM") && counts.get("adm1:SY-HM") == 0, "only non-zero counts");
  }

  @Test
  void classBreaksAreQuantilesOrEveryCountWhenFew() {
    Choropleth few = Choropleth.classes(List.of(1, 2, 2, 5));
    assertEquals(List.of(1, 2, 5), few.upper);
    assertEquals("3\u20135", few.label(2));
    Choropleth many = Choropleth.classes(List.of(1, 1, 2, 3, 4, 5, 8, 13, 21, 34, 55, 89));
    assertEquals(Choropleth.MAX_CLASSES, many.upper.size());
    assertEquals(89, many.upper.get(many.upper.size() - 1));
    assertEquals(Choropleth.ZERO, many.colour(0));
    assertFalse(many.colour(1).equals(many.colour(89)), "light to dark");
  }

  @Test
  void provinceMapShadesProvincesAndHasAClassLegendAndNoCircles() {
    MapScene s = ((MapFigure) MapRenderer.renderProvinces(SampleIncidents.realistic(), basemap,
        MapOptions.of(Preset.DOCUMENT, "Provinces"))).scene();
    assertTrue(s.clusters.isEmpty());
    assertNotNull(s.classLegend);
    assertTrue(s.fills.stream().anyMatch(f -> !f.colour().equals(Choropleth.ZERO)));
    assertTrue(s.labels.stream().anyMatch(l -> l.kind().equals("province") && l.text().startsWith("Al Anbar")));
  }

  @Test
  void insetShowsWhereTheMapIsAndStaysClearOfLegendScaleAndArrow() {
    MapScene s = ((MapFigure) MapRenderer.render(SampleIncidents.realistic(), basemap,
        MapOptions.of(Preset.DOCUMENT, "Strikes"))).scene();
    assertNotNull(s.inset);
    assertFalse(s.inset.box().intersects(s.legendBox));
    assertFalse(s.inset.box().intersects(s.northArrow.bounds()));
    assertFalse(s.inset.land.isEmpty());
    assertTrue(s.inset.box().contains(s.inset.extent.getBounds2D().getCenterX(),
        s.inset.extent.getBounds2D().getCenterY()), "the extent box is inside the inset");
    assertNull(((MapFigure) MapRenderer.render(SampleIncidents.realistic(), basemap,
        MapOptions.document("No inset"))).scene().inset);
  }

  @Test
  void aGivenExtentIsShownAndIncidentsOutsideItAreCounted() {
    MapScene s = ((MapFigure) MapRenderer.render(SampleIncidents.realistic(), basemap,
        MapOptions.of(Preset.DOCUMENT, "Iraq").withExtent(basemap.countryExtent(List.of("IQ"))))).scene();
    assertNotNull(s.note);
    assertTrue(s.note.contains("outside the map"), s.note);
    assertThrows(IllegalArgumentException.class, () -> basemap.countryExtent(List.of("XX")));
  }

  @Test
  void aPolygonJumpingAcrossTheDateLineIsCutIntoPartsOnEachSide() {
    // a Chukotka-like ring: 170E .. 190E written as 170..180, -180..-170
    Polygon p = Basemap.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(170, 65), new Coordinate(179, 65),
        new Coordinate(-175, 65), new Coordinate(-170, 66), new Coordinate(-170, 70), new Coordinate(175, 70),
        new Coordinate(170, 65)});
    List<Polygon> parts = Basemap.cutAtDateLine(p);
    assertEquals(2, parts.size());
    for (Polygon part : parts) {
      Envelope e = part.getEnvelopeInternal();
      assertTrue(e.getWidth() < 20, "no part spans the globe: " + e);
      assertTrue(e.getMinX() >= -180 && e.getMaxX() <= 180);
    }
    double area = parts.stream().mapToDouble(Geometry::getArea).sum();
    assertTrue(area > 50 && area < 120, "area kept: " + area);
    Polygon normal = Basemap.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(40, 30), new Coordinate(45, 30),
        new Coordinate(45, 35), new Coordinate(40, 30)});
    assertEquals(List.of(normal), Basemap.cutAtDateLine(normal));
  }

  @Test
  void aWorldMapCutsPolygonsAtItsSeamSoNothingWrapsAcrossTheMap() {
    Polygon russiaLike = Basemap.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(100, 60),
        new Coordinate(180, 60), new Coordinate(180, 70), new Coordinate(100, 70), new Coordinate(100, 60)});
    Geometry cut = MapRenderer.splitAtSeam(russiaLike, 180);
    assertTrue(cut.getEnvelopeInternal().getMaxX() < 180, "pulled inside the seam");
    Polygon across = Basemap.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(-100, 0),
        new Coordinate(-80, 0), new Coordinate(-80, 10), new Coordinate(-100, 10), new Coordinate(-100, 0)});
    // a map centred on 90E has its seam at 90W: the part west of it moves 360 degrees east
    Geometry split = MapRenderer.splitAtSeam(across, -90);
    assertEquals(2, split.getNumGeometries());
    assertTrue(split.getEnvelopeInternal().getMaxX() > 260);
  }
}
