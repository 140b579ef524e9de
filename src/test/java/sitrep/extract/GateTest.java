package sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stems of every {@link Gate} are complete: whenever a pattern finds something in a sentence, its gate is open.
 * Checked over every sentence of the bundled corpora (examples/, the dev set, the test fixtures; sentences and lines), the same sentences
 * upper-cased, and seeded random mutations of them, so a gate that misses a word the pattern knows fails here.
 */
class GateTest {
  private static final List<String> SENTENCES = new ArrayList<>();

  @BeforeAll
  static void readCorpora() throws IOException {
    for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/devset"),
        Path.of("src/test/resources/cases"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          SentenceSplitter.split(text).forEach(s -> SENTENCES.add(s.text()));
          SENTENCES.addAll(List.of(text.split("\n"))); // caption tests look at whole lines
        }
      }
    }
    // kinds of line the corpora may lack: agency captions, datelines, response clauses, claims of operations
    SENTENCES.addAll(List.of(
        "Smoke rises from the site of a drone strike near Erbil airport, Iraq, on January 5, 2024.",
        "Members of the Popular Mobilization Forces gather at the funeral in Baghdad on March 13, 2020.",
        "Iraqi security forces inspect the damage at the Ain al-Asad air base in Anbar province in January 2020.",
        "BAGHDAD, March 12, 2020 - Rockets struck Camp Taji.",
        "(12 March 2020) Rockets struck Camp Taji.",
        "The strike on the depot followed a drone attack on Tuesday on the base.",
        "The strikes came days after a drone killed three soldiers, in a response to the attack.",
        "The naval forces of the Yemeni Armed Forces carried out three military operations:",
        "The Houthis claimed both attacks.",
        "The vessel was hit in position 13°11'N 042°49'E, 1311N 04249E, 13.18N 42.82E or 12° 30' 36\" S, 045° 15' W."));
    Random random = new Random(20261121L);
    int n = SENTENCES.size();
    for (int i = 0; i < n; i++) {
      String s = SENTENCES.get(i);
      SENTENCES.add(s.toUpperCase(Locale.ROOT));
      SENTENCES.add(mutate(s, random));
    }
  }

  private static String mutate(String s, Random random) {
    StringBuilder sb = new StringBuilder(s);
    for (int k = 0; k < 3 && sb.length() > 0; k++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, " ,-'\"0123456789".charAt(random.nextInt(15)));
        default -> sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
      }
    }
    return sb.toString();
  }

  @Test
  void theCorporaAreThere() {
    assertTrue(SENTENCES.size() > 3000, "sentences read: " + SENTENCES.size());
  }

  @Test
  void everyMatchIsBehindAnOpenGate() {
    List<String> misses = new ArrayList<>();
    for (Gate gate : Gate.all()) {
      assertFalse(gate.pattern().matcher("").find(), "a gated pattern must not match the empty text: " + gate.pattern());
      int matched = 0;
      for (String s : SENTENCES) {
        if (gate.pattern().matcher(s).find()) {
          matched++;
          if (!gate.open(s)) {
            misses.add(gate.pattern().pattern().substring(0, 40) + " | " + s);
          }
        }
      }
      assertTrue(matched > 0, "the corpora never exercise " + gate.pattern());
    }
    assertEquals(List.of(), misses.subList(0, Math.min(10, misses.size())));
  }

  @Test
  void openIsTheStemSearch() {
    for (Gate gate : Gate.all()) {
      for (String s : SENTENCES) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean open = true;
        for (String[] group : gate.groups()) {
          boolean any = false;
          for (String stem : group) {
            any |= lower.contains(stem);
          }
          open &= any;
        }
        assertEquals(open, gate.open(s), s);
      }
    }
  }

  @Test
  void everyPositionIsBehindTheCheapTest() {
    List<String> misses = new ArrayList<>();
    for (String s : SENTENCES) {
      if (Positions.patterns().stream().anyMatch(p -> p.matcher(s).find()) && !Positions.mayHold(s)) {
        misses.add(s);
      }
    }
    assertEquals(List.of(), misses);
    assertTrue(Positions.mayHold("in position 13°11'N 042°49'E"));
    assertTrue(Positions.mayHold("at 12° 30' 36\" S, 045° 15' W"));
    assertFalse(Positions.mayHold("U.S. forces in North Syria, 13 NATO states"));
  }

  @Test
  void gatedDatesAreTheSameDates() {
    LocalDate published = LocalDate.of(2024, 2, 2);
    for (String s : SENTENCES) {
      assertEquals(DateResolver.find(s, published, false), DateResolver.find(s, published, true), s);
    }
  }

  @Test
  void aShutGateFindsNothing() {
    assertFalse(Gate.KILLED.find("Two rockets landed near the base."));
    assertFalse(Gate.KILLED.matcher("Two rockets landed near the base.").find());
    assertTrue(Gate.KILLED.find("Two soldiers were killed."));
    assertTrue(Gate.KILLED.find("TWO SOLDIERS WERE KILLED."));
  }
}
