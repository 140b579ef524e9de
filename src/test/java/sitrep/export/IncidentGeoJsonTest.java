package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.IncidentSet;

class IncidentGeoJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void pointsAreLonLatAndUnlocatedIncidentsAreLeftOut() throws Exception {
    IncidentSet set = new IncidentSet(List.of(Fixtures.asad(), Fixtures.bare(), Fixtures.hostile()));
    JsonNode root = JSON.readTree(IncidentGeoJson.toGeoJson(set));
    assertEquals("FeatureCollection", root.get("type").asText());
    assertFalse(root.has("crs"), "RFC 7946 has no crs member");
    JsonNode features = root.get("features");
    assertEquals(2, features.size());
    JsonNode asad = features.get(0);
    assertEquals("Feature", asad.get("type").asText());
    assertEquals("2024-01-20-ain-al-asad-missile", asad.get("id").asText());
    assertEquals("Point", asad.at("/geometry/type").asText());
    assertEquals(42.4412, asad.at("/geometry/coordinates/0").asDouble(), 0.0, "longitude first");
    assertEquals(33.7856, asad.at("/geometry/coordinates/1").asDouble(), 0.0, "latitude second");
    assertEquals(-1.25, features.get(1).at("/geometry/coordinates/0").asDouble(), 0.0);
  }

  @Test
  void propertiesMirrorTheCsvColumnsWithJsonTypes() throws Exception {
    JsonNode root = JSON.readTree(IncidentGeoJson.toGeoJson(new IncidentSet(List.of(Fixtures.asad()))));
    JsonNode p = root.at("/features/0/properties");
    List<String> names = new java.util.ArrayList<>();
    p.fieldNames().forEachRemaining(names::add);
    assertEquals(IncidentFields.COLUMNS, names);
    assertTrue(p.get("projectiles").isInt());
    assertEquals(14, p.get("projectiles_min").asInt());
    assertEquals(30, p.get("projectiles_max").asInt());
    assertTrue(p.get("killed").isInt());
    assertEquals(0.87, p.get("confidence").asDouble(), 0.0);
    assertEquals("missile", p.get("weapon").asText());
    assertEquals(2, p.get("docs").size());
    assertEquals("", p.get("urls").get(1).asText(), "a source without URL keeps its place");
    assertEquals(2, p.get("source_count").asInt());
  }

  @Test
  void unknownValuesAreNull() throws Exception {
    var asad = Fixtures.asad();
    var unknowns = new sitrep.model.Incident("x", null, null, asad.place(), null, null, null, null, null, null, null,
        List.of(Fixtures.source("d.txt", null, "e")), 0.5, null, null, null);
    JsonNode p = JSON.readTree(IncidentGeoJson.toGeoJson(new IncidentSet(List.of(unknowns))))
        .at("/features/0/properties");
    for (String f : List.of("date", "projectiles", "projectiles_min", "killed", "injured", "actor", "target", "urls")) {
      assertTrue(p.get(f).isNull(), f + " is null");
    }
  }

  @Test
  void emptySetIsAnEmptyCollection() throws Exception {
    JsonNode root = JSON.readTree(IncidentGeoJson.toGeoJson(new IncidentSet(List.of())));
    assertEquals(0, root.get("features").size());
  }

  @Test
  void sameInputGivesSameBytesWithUnixLineEnds(@TempDir Path dir) throws Exception {
    IncidentSet set = new IncidentSet(List.of(Fixtures.asad(), Fixtures.hostile()));
    IncidentGeoJson.write(set, dir.resolve("a.geojson"));
    IncidentGeoJson.write(set, dir.resolve("b.geojson"));
    String a = Files.readString(dir.resolve("a.geojson"), StandardCharsets.UTF_8);
    assertEquals(a, Files.readString(dir.resolve("b.geojson"), StandardCharsets.UTF_8));
    assertFalse(a.contains("\r"));
    assertTrue(a.endsWith("}\n"));
  }
}
