package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code src/test/resources/geocode/cases.tsv}: each row is a sentence, a surface in it, the gazetteer id the
 * top-ranked reading must have (or {@code -} when no place may be found there) and a description.
 */
class PlaceCasesTest {

  record Case(int line, String text, String surface, String expected, String description) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(Fixtures.resource("cases.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException("cases.tsv line " + n + ": expected 4 tab-separated fields, found " + f.length);
        }
        out.add(new Case(n, f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> placeMentionCases() throws IOException {
    Gazetteer g = Fixtures.gazetteer();
    PlaceResolver resolver = new PlaceResolver(g);
    return cases().stream().map(c -> DynamicTest.dynamicTest(
        "line " + c.line() + ": " + c.description() + " [" + c.surface() + "]", () -> check(g, resolver, c)));
  }

  @TestFactory
  Stream<DynamicTest> atLeastSixtyCases() throws IOException {
    int n = cases().size();
    return Stream.of(DynamicTest.dynamicTest("case file has " + n + " cases", () -> assertTrue(n >= 60)));
  }

  private static void check(Gazetteer g, PlaceResolver resolver, Case c) {
    int at = c.text().indexOf(c.surface());
    assertTrue(at >= 0, "surface '" + c.surface() + "' is not in the sentence");
    List<NameMatch<GazetteerEntry>> matches = g.findPlaces(c.text());
    for (NameMatch<GazetteerEntry> m : matches) {
      assertEquals(m.surface(), c.text().substring(m.start(), m.end()), "offsets map back to the original text");
    }
    NameMatch<GazetteerEntry> found = null;
    for (NameMatch<GazetteerEntry> m : matches) {
      if (m.start() == at && m.end() == at + c.surface().length()) {
        found = m;
      }
    }
    if (c.expected().equals("-")) {
      for (NameMatch<GazetteerEntry> m : matches) {
        boolean overlaps = m.start() < at + c.surface().length() && at < m.end();
        assertFalse(overlaps, "expected no place at '" + c.surface() + "' but found '" + m.surface() + "' -> "
            + m.entries().stream().map(GazetteerEntry::id).toList());
      }
      return;
    }
    assertTrue(found != null, "no match with surface '" + c.surface() + "'; matches were "
        + matches.stream().map(m -> m.surface() + "@" + m.start()).toList());
    List<Candidate> ranked = resolver.rank(found, c.text(), matches);
    assertFalse(ranked.isEmpty());
    assertEquals(c.expected(), ranked.get(0).entry().id(), () -> "ranking was " + ranked.stream()
        .map(x -> x.entry().id() + " " + x.score() + " " + x.reasons()).toList());
  }
}
