package sitrep.render.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.IncidentSet;
import sitrep.model.Weapon;
import sitrep.pipeline.SitrepException;
import sitrep.render.Figure;
import sitrep.render.FigureWriter;
import sitrep.render.SampleIncidents;

class MapRendererTest {
  static Basemap basemap;

  @BeforeAll
  static void loadFixture() throws IOException {
    basemap = fixture();
  }

  static Basemap fixture() throws IOException {
    try (InputStream c = MapRendererTest.class.getResourceAsStream("/render/countries-fixture.geojson.gz");
        InputStream a = MapRendererTest.class.getResourceAsStream("/render/admin1-fixture.geojson.gz")) {
      return Basemap.load(c, a);
    }
  }

  private static MapScene scene(IncidentSet set, MapOptions options) {
    return ((MapFigure) MapRenderer.render(set, basemap, options)).scene();
  }

  @Test
  void loadsTheFixtureBasemap() {
    assertEquals(7, basemap.countryCount());
    assertEquals(5, basemap.divisionCount());
    assertEquals("CY", basemap.countries().get(0).iso2(), "sorted by iso2");
  }

  @Test
  void aBrokenBasemapNamesTheFile() throws IOException {
    byte[] gz = gzip("{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[1]]]}}]}");
    SitrepException e = assertThrows(SitrepException.class,
        () -> Basemap.load(new ByteArrayInputStream(gz), null));
    assertTrue(e.getMessage().contains("countries.geojson.gz feature 0"), e.getMessage());
    SitrepException notGz = assertThrows(SitrepException.class,
        () -> Basemap.load(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), null));
    assertTrue(notGz.getMessage().contains("countries.geojson.gz"), notGz.getMessage());
  }

  @Test
  void rendersThePngAtTheRequestedSize() throws IOException {
    Figure f = MapRenderer.render(SampleIncidents.realistic(), basemap, MapOptions.document("Strikes"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureWriter.pngBytes(f, 1)));
    assertEquals(1200, image.getWidth());
    assertEquals(675, image.getHeight());
    int first = image.getRGB(0, 0);
    boolean varied = false;
    for (int x = 0; x < 1200 && !varied; x += 7) {
      varied = image.getRGB(x, 400) != first;
    }
    assertTrue(varied, "the map is not blank");
  }

  @Test
  void anEmptySetShowsTheMiddleEast() {
    MapScene s = scene(new IncidentSet(List.of()), MapOptions.document("Nothing"));
    assertTrue(s.clusters.isEmpty());
    assertFalse(s.land.isEmpty(), "the basemap is drawn");
    assertTrue(s.projectionDefinition.contains("+lon_0=44.0000"), s.projectionDefinition);
    assertEquals("No located incidents", s.subtitle);
    assertEquals(null, s.legend, "no legend without circles");
  }

  @Test
  void sitesAreSizedByCountAndCloseSitesGrouped() {
    IncidentSet set = SampleIncidents.builder()
        .add("2024-01-01", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, null)
        .add("2024-01-02", SampleIncidents.AIN_AL_ASAD, Weapon.DRONE, null)
        .add("2024-01-03", SampleIncidents.AIN_AL_ASAD, Weapon.DRONE, null)
        .add("2024-01-04", SampleIncidents.TANF, Weapon.DRONE, null)
        .add("2024-01-05", SampleIncidents.TOWER_22, Weapon.DRONE, null) // 20 km from al-Tanf
        .add("2024-01-06", SampleIncidents.RED_SEA, Weapon.MISSILE, null)
        .build();
    MapScene s = scene(set, MapOptions.document("Strikes"));
    assertEquals(3, s.clusters.size());
    MapRenderer.Cluster asad = s.clusters.get(0);
    assertEquals(3, asad.count);
    assertEquals(2, asad.weapons.size(), "a pie of rocket and drone");
    MapRenderer.Cluster tanf = s.clusters.stream().filter(c -> c.sites.size() == 2).findFirst().orElseThrow();
    assertEquals(2, tanf.count);
    assertTrue(tanf.label.contains("+1 nearby"), tanf.label);
    assertTrue(asad.r > tanf.r);
  }

  @Test
  void labelsDoNotOverlapEachOtherOrLeaveTheFrame() {
    MapScene s = scene(SampleIncidents.realistic(), MapOptions.slide("Strikes"));
    List<Rectangle2D> boxes = new ArrayList<>();
    for (MapScene.Label l : s.labels) {
      if (l.rotation() != 0) {
        continue;
      }
      Rectangle2D b = MapRenderer.textBounds(l.text(), l.font());
      boxes.add(new Rectangle2D.Double(l.x(), l.y() + b.getY(), b.getWidth(), b.getHeight()));
    }
    assertTrue(boxes.size() >= 3, "some labels placed: " + s.labels);
    for (int i = 0; i < boxes.size(); i++) {
      assertTrue(s.frame.contains(boxes.get(i)), s.labels.get(i).text() + " inside the frame");
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
      }
    }
    assertTrue(s.labels.stream().anyMatch(l -> l.kind().equals("site") && l.text().startsWith("Ain al-Asad")));
  }

  @Test
  void notesIncidentsWithoutALocation() {
    MapScene s = scene(SampleIncidents.realistic(), MapOptions.document("Strikes"));
    assertEquals("1 incident without a point location not shown", s.note);
    assertNotNull(s.legend);
    assertTrue(s.subtitle.startsWith("30 incidents at 13 places, 17 Oct 2023"), s.subtitle);
  }

  @Test
  void svgIsByteIdenticalAndPdfHasOnePage(@TempDir Path dir) throws IOException {
    IncidentSet set = SampleIncidents.realistic();
    FigureWriter.writeSvg(MapRenderer.render(set, basemap, MapOptions.document("A")), dir.resolve("a.svg"));
    FigureWriter.writeSvg(MapRenderer.render(set, basemap, MapOptions.document("A")), dir.resolve("b.svg"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.svg")), Files.readAllBytes(dir.resolve("b.svg")));
    FigureWriter.writePdf(MapRenderer.render(set, basemap, MapOptions.document("A")), dir.resolve("m.pdf"));
    try (PDDocument doc = Loader.loadPDF(dir.resolve("m.pdf").toFile())) {
      assertEquals(1, doc.getNumberOfPages());
    }
  }

  private static byte[] gzip(String s) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
