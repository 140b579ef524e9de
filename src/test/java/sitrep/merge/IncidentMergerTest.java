package sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

class IncidentMergerTest {
  private static final Place ASAD = new Place("Ain al-Asad Air Base", 33.7856, 42.4411, "IQ", "Al Anbar", PlacePrecision.SITE, "site:ain-al-asad");
  private static final Place BAGHDADI = new Place("Al Baghdadi", 33.86, 42.55, "IQ", "Al Anbar", PlacePrecision.CITY, "gn:1");
  private static final Place ERBIL = new Place("Erbil International Airport", 36.2378, 43.9631, "IQ", "Erbil", PlacePrecision.SITE, "site:erbil-airport");

  private static Incident report(String doc, String date, Place place, Weapon weapon, Integer projectiles) {
    return new Incident("x", LocalDate.parse(date), DatePrecision.DAY, place, weapon, projectiles, null, null, null,
        ActorBasis.UNKNOWN, null, List.of(new SourceRef(doc, null, null, null, "evidence", 0, 8)), 0.7, null, null, null);
  }

  @Test
  void threeReportsOfOneAttackBecomeOneIncidentWithTheRange() {
    List<Incident> merged = IncidentMerger.merge(List.of(
        report("a.txt", "2021-07-07", ASAD, Weapon.ROCKET, 14),
        report("b.txt", "2021-07-07", BAGHDADI, Weapon.ROCKET, 14),
        report("c.txt", "2021-07-08", ASAD, Weapon.MISSILE, 30)));
    assertEquals(1, merged.size(), merged.toString());
    Incident i = merged.get(0);
    assertEquals(3, i.sources().size());
    assertEquals(14, i.projectiles());
    assertEquals(new IntRange(14, 30), i.projectilesRange());
    assertEquals("Ain al-Asad Air Base", i.place().name());
    assertEquals(LocalDate.of(2021, 7, 7), i.date());
    assertEquals("2021-07-07-ain-al-asad-air-base-rocket", i.id());
  }

  @Test
  void attacksOnDifferentSitesOrDaysStayApart() {
    List<Incident> merged = IncidentMerger.merge(List.of(
        report("a.txt", "2021-07-07", ASAD, Weapon.ROCKET, 14),
        report("b.txt", "2021-07-07", ERBIL, Weapon.DRONE, 1),
        report("c.txt", "2021-07-20", ASAD, Weapon.ROCKET, 3)));
    assertEquals(3, merged.size());
  }

  @Test
  void twoAttacksOfOneDocumentAreNotMergedAcrossDocuments() {
    List<Incident> merged = IncidentMerger.merge(List.of(
        report("a.txt", "2021-07-07", ASAD, Weapon.ROCKET, 14),
        report("a.txt", "2021-07-07", ASAD, Weapon.ROCKET, 3)));
    assertEquals(2, merged.size());
    assertNotEquals(merged.get(0).id(), merged.get(1).id());
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    List<Incident> in = new ArrayList<>(List.of(
        report("a.txt", "2021-07-07", ASAD, Weapon.ROCKET, 14),
        report("b.txt", "2021-07-07", BAGHDADI, Weapon.ROCKET, 30),
        report("c.txt", "2021-07-06", ERBIL, Weapon.DRONE, 1),
        report("d.txt", "2021-07-08", ASAD, Weapon.ROCKET, 3),
        report("e.txt", "2021-07-06", ERBIL, Weapon.DRONE, null)));
    List<Incident> expected = IncidentMerger.merge(in);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(in, random);
      assertEquals(expected, IncidentMerger.merge(in));
    }
  }

  /** The grouping before the narrow day window, kept as the reference: every group of the month around a report. */
  private static List<List<Integer>> referenceGroups(List<IncidentMerger.Key> keys) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> IncidentMerger.KEY_ORDER.compare(keys.get(a), keys.get(b)));
    List<List<Integer>> groups = new ArrayList<>();
    List<Long> firstDay = new ArrayList<>();
    for (int index : order) {
      IncidentMerger.Key key = keys.get(index);
      List<Integer> best = null;
      if (key.date() != null) {
        long day = key.date().toEpochDay();
        List<Integer> byDay = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
          if (firstDay.get(g) != Long.MIN_VALUE && Math.abs(firstDay.get(g) - day) <= 31) {
            byDay.add(g);
          }
        }
        byDay.sort(java.util.Comparator.comparingLong((Integer g) -> firstDay.get(g)).thenComparingInt(g -> g));
        search:
        for (int g : byDay) {
          for (int m : groups.get(g)) {
            if (!IncidentMerger.sameAttack(keys.get(m), key)
                || keys.get(m).docs().stream().anyMatch(key.docs()::contains)) {
              continue search;
            }
          }
          for (int other : groups.get(g)) {
            for (String d : keys.get(other).docs()) {
              if (key.docs().contains(d)) {
                continue search;
              }
            }
          }
          best = groups.get(g);
          break;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        groups.add(best);
        firstDay.add(key.date() == null ? Long.MIN_VALUE : key.date().toEpochDay());
      }
      best.add(index);
    }
    return groups;
  }

  @Test
  void narrowDayWindowGroupsLikeTheWideOne() {
    Place[] places = {ASAD, BAGHDADI, ERBIL, null};
    Weapon[] weapons = {Weapon.ROCKET, Weapon.MISSILE, Weapon.DRONE, Weapon.UNKNOWN};
    DatePrecision[] precisions = {DatePrecision.DAY, DatePrecision.DAY, DatePrecision.DAY, DatePrecision.WEEK,
        DatePrecision.MONTH};
    for (long seed = 1; seed <= 30; seed++) {
      Random r = new Random(seed);
      List<IncidentMerger.Key> keys = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        LocalDate date = r.nextInt(20) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(r.nextInt(90));
        keys.add(new IncidentMerger.Key(date, precisions[r.nextInt(precisions.length)], places[r.nextInt(4)],
            weapons[r.nextInt(4)], List.of("d" + r.nextInt(60)), "d", i));
      }
      List<List<Integer>> actual = new ArrayList<>();
      IncidentMerger.groups(keys).forEach(g -> actual.add(java.util.Arrays.stream(g).boxed().toList()));
      assertEquals(referenceGroups(keys), actual, "seed " + seed);
    }
  }
}
