package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

class IncidentStoreTest {
  /** Random incidents over every field, nulls included (seeded: the same each run). */
  static List<Incident> randomIncidents(int n, long seed) {
    Random r = new Random(seed);
    List<Incident> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean located = r.nextBoolean();
      Place place = r.nextInt(5) == 0 ? null : new Place("Ain al-Asad \u0639\u064a\u0646 " + i,
          located ? -90 + 180 * r.nextDouble() : null, located ? -180 + 360 * r.nextDouble() : null,
          r.nextBoolean() ? "IQ" : null, r.nextBoolean() ? "Anbar" : null,
          r.nextBoolean() ? null : PlacePrecision.values()[r.nextInt(4)], r.nextBoolean() ? "site:x" + i : null);
      List<SourceRef> sources = new ArrayList<>();
      for (int k = 0; k <= r.nextInt(3); k++) {
        sources.add(new SourceRef("docs/a-" + i + "-" + k + ".txt", r.nextBoolean() ? LocalDate.of(2024, 1, 1 + k) : null,
            r.nextBoolean() ? "https://example.org/" + i : null, r.nextBoolean() ? "Title \u201cquoted\u201d" : null,
            "x".repeat(r.nextInt(70000)) + "\u2026 evidence", k * 10, k * 10 + 5));
      }
      Integer[] counts = {null, 0, 1, 14, 30};
      out.add(new Incident("id-" + i, r.nextBoolean() ? LocalDate.ofEpochDay(18000 + r.nextInt(2000)) : null,
          DatePrecision.values()[r.nextInt(5)], place, Weapon.values()[r.nextInt(Weapon.values().length)],
          counts[r.nextInt(5)], counts[r.nextInt(5)], counts[r.nextInt(5)], r.nextBoolean() ? "Kata'ib Hizballah" : null,
          ActorBasis.values()[r.nextInt(ActorBasis.values().length)], r.nextBoolean() ? "US forces" : null, sources,
          r.nextDouble(), r.nextBoolean() ? new IntRange(14, 30) : null, null, r.nextBoolean() ? new IntRange(0, 2) : null));
    }
    return out;
  }

  @Test
  void everyFieldRoundTrips() {
    for (Incident i : randomIncidents(300, 7L)) {
      assertEquals(i, IncidentStore.decode(IncidentStore.encode(i)));
    }
  }

  @Test
  void appendsFromManyThreadsReadBackAndTheFileGoesOnClose() throws Exception {
    List<Incident> incidents = randomIncidents(200, 11L);
    IncidentStore store = new IncidentStore();
    ConcurrentHashMap<Integer, IncidentStore.Ref> refs = new ConcurrentHashMap<>();
    IntStream.range(0, incidents.size()).parallel().forEach(i -> refs.put(i, store.append(List.of(incidents.get(i))).get(0)));
    for (int i = 0; i < incidents.size(); i++) {
      assertEquals(incidents.get(i), store.read(refs.get(i)));
    }
    assertTrue(store.size() > 0);
    List<Path> temp;
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      temp = files.filter(p -> p.getFileName().toString().startsWith("sitrep-incidents-")).toList();
    }
    store.close();
    assertFalse(temp.isEmpty());
    assertTrue(temp.stream().anyMatch(p -> !Files.exists(p)), "the store's file is deleted on close");
  }
}
