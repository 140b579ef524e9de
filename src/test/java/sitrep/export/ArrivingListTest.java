package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.pipeline.SitrepException;

/** A list filled by one thread while others go over it; the incidents file read that way. */
class ArrivingListTest {
  @TempDir Path dir;

  @Test
  void consumersSeeEveryElementInOrderWhileItIsFilled() throws Exception {
    ArrivingList<Integer> list = new ArrivingList<>();
    List<CompletableFuture<List<Integer>>> consumers = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      consumers.add(CompletableFuture.supplyAsync(() -> {
        List<Integer> seen = new ArrayList<>();
        for (Integer i : list) {
          seen.add(i);
        }
        return seen;
      }));
    }
    CompletableFuture<Integer> size = CompletableFuture.supplyAsync(list::size);
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    list.finish();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(i);
    }
    for (CompletableFuture<List<Integer>> c : consumers) {
      assertEquals(expected, c.get());
    }
    assertEquals(n, size.get());
    assertEquals(n - 1, list.get(n - 1));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(n));
  }

  @Test
  void aFailureReachesWhoeverWaitsPastTheLastElement() {
    ArrivingList<Integer> list = new ArrivingList<>();
    list.add(1);
    SitrepException failure = new SitrepException("broken at line 3");
    list.fail(failure);
    Iterator<Integer> it = list.iterator();
    assertThrows(SitrepException.class, it::hasNext, "the unpublished element is lost with the failure");
    assertSame(failure, assertThrows(SitrepException.class, list::size));
  }

  @Test
  void anEmptyListIsEmpty() {
    ArrivingList<Integer> list = new ArrivingList<>();
    list.finish();
    assertTrue(list.isEmpty());
    assertFalse(list.iterator().hasNext());
  }

  @Test
  void readingArrivingGivesWhatReadingGivesAndTheSameErrors() throws Exception {
    Path file = dir.resolve("incidents.json");
    IncidentSet set = new IncidentSet(List.of(Fixtures.asad(), Fixtures.bare(), Fixtures.hostile()));
    IncidentJson.write(set, file);
    assertEquals(set.incidents(), new ArrayList<>(IncidentJson.readArriving(file).incidents()));

    String json = Files.readString(file);
    Files.writeString(file, json.substring(0, json.length() * 2 / 3));
    String expected = assertThrows(SitrepException.class, () -> IncidentJson.read(file)).getMessage();
    IncidentSet arriving = IncidentJson.readArriving(file);
    SitrepException e = assertThrows(SitrepException.class, () -> {
      for (Incident i : arriving.incidents()) {
        i.id();
      }
    });
    assertEquals(expected, e.getMessage());
    assertThrows(SitrepException.class, () -> IncidentJson.readArriving(dir.resolve("missing.json")));
  }
}
