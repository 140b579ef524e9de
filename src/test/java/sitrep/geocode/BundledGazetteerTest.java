package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Checks the gazetteer bundled on the classpath; skipped when the build has none. */
class BundledGazetteerTest {

  @Test
  void bundledGazetteerLoadsWithUniqueIds() {
    Assumptions.assumeTrue(Gazetteer.class.getResource(Gazetteer.BUNDLED_PLACES) != null,
        "no bundled gazetteer on the classpath");
    Assumptions.assumeTrue(Gazetteer.class.getResource(Gazetteer.BUNDLED_ACTORS) != null,
        "no bundled actors list on the classpath");
    Gazetteer g = Gazetteer.loadBundled();
    assertTrue(g.size() > 1000, "only " + g.size() + " places");
    Set<String> ids = new HashSet<>();
    for (GazetteerEntry e : g.entries()) {
      assertTrue(ids.add(e.id()), "duplicate place id " + e.id());
    }
    Set<String> actorIds = new HashSet<>();
    for (ActorEntry a : g.actors()) {
      assertTrue(actorIds.add(a.id()), "duplicate actor id " + a.id());
    }
    assertEquals(ids.size(), g.size());
    assertTrue(g.byId("cc:IQ").isPresent(), "no entry cc:IQ");
  }
}
