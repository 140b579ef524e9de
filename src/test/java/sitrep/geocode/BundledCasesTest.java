package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of place finding and ranking on the bundled gazetteer, scored over
 * {@code src/test/resources/geocode/bundled-cases.tsv}: real-style sentences, a surface in each, and what the top
 * reading of the match covering most of that surface must be: a gazetteer id, a point ({@code @lat,lon,km}: the top reading lies within km of
 * it), or {@code -} (no place may be found overlapping the surface). Prints the accuracy and every miss; fails under
 * {@link #FLOOR}. Run alone with {@code mvn -B test -Dtest=BundledCasesTest}.
 */
@Tag("slow")
class BundledCasesTest {

  /** The measured accuracy minus a small margin; raise it when the score goes up. */
  static final double FLOOR = 0.97;
  static final int MIN_CASES = 150;

  record Case(int line, String text, String surface, String expected, String description) {}

  /** One scored case: what was found at the surface (id or "-"), and whether it is right. */
  record Outcome(Case c, String found, boolean ok) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(Fixtures.resource("bundled-cases.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException("bundled-cases.tsv line " + n + ": expected 4 tab-separated fields, found "
              + f.length);
        }
        if (!f[0].contains(f[1])) {
          throw new IllegalStateException("bundled-cases.tsv line " + n + ": surface '" + f[1]
              + "' is not in the sentence");
        }
        out.add(new Case(n, f[0], f[1], f[2], f[3]));
      }
    }
    return out;
  }

  static Outcome score(Gazetteer g, PlaceResolver resolver, Case c) {
    int at = c.text().indexOf(c.surface());
    int end = at + c.surface().length();
    List<NameMatch<GazetteerEntry>> matches = g.findPlaces(c.text());
    if (c.expected().equals("-")) {
      for (NameMatch<GazetteerEntry> m : matches) {
        if (m.start() < end && at < m.end()) {
          return new Outcome(c, m.surface() + "->" + m.entries().get(0).id(), false);
        }
      }
      return new Outcome(c, "-", true);
    }
    // the match covering most of the surface: "the Green Zone" or "US embassy in Baghdad" still name the place
    NameMatch<GazetteerEntry> found = null;
    int best = 0;
    for (NameMatch<GazetteerEntry> m : matches) {
      int overlap = Math.min(end, m.end()) - Math.max(at, m.start());
      if (overlap > best) {
        best = overlap;
        found = m;
      }
    }
    if (found == null) {
      return new Outcome(c, "no match", false);
    }
    GazetteerEntry top = resolver.rank(found, c.text(), matches).get(0).entry();
    String e = c.expected();
    boolean ok;
    if (e.startsWith("@")) {
      String[] p = e.substring(1).split(",");
      double km = PlaceResolver.distanceKm(Double.parseDouble(p[0]), Double.parseDouble(p[1]), top.lat(), top.lon());
      ok = km <= Double.parseDouble(p[2]);
      return new Outcome(c, top.id() + String.format(Locale.ROOT, " (%.0f km)", km), ok);
    }
    return new Outcome(c, top.id(), top.id().equals(e));
  }

  static List<Outcome> scoreAll(Gazetteer g) throws IOException {
    PlaceResolver resolver = new PlaceResolver(g);
    List<Outcome> out = new ArrayList<>();
    for (Case c : cases()) {
      out.add(score(g, resolver, c));
    }
    return out;
  }

  static String report(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    int ok = 0;
    for (Outcome o : outcomes) {
      if (o.ok()) {
        ok++;
      } else {
        sb.append(String.format(Locale.ROOT, "  miss line %d: %s [%s] expected %s, got %s%n", o.c().line(),
            o.c().description(), o.c().surface(), o.c().expected(), o.found()));
      }
    }
    sb.insert(0, String.format(Locale.ROOT, "[geocode] bundled cases: %d/%d correct, accuracy %.3f%n", ok,
        outcomes.size(), ok / (double) outcomes.size()));
    return sb.toString();
  }

  @Test
  void accuracyOnBundledGazetteerIsAboveTheFloor() throws IOException {
    Assumptions.assumeTrue(Gazetteer.class.getResource(Gazetteer.BUNDLED_PLACES) != null,
        "no bundled gazetteer on the classpath");
    List<Outcome> outcomes = scoreAll(Gazetteer.loadBundled());
    String report = report(outcomes);
    System.out.print(report);
    assertTrue(outcomes.size() >= MIN_CASES, "only " + outcomes.size() + " cases; the set needs " + MIN_CASES);
    double accuracy = outcomes.stream().filter(Outcome::ok).count() / (double) outcomes.size();
    assertTrue(accuracy >= FLOOR, report);
  }

  /** Prints the report without JUnit: {@code java -cp ... sitrep.geocode.BundledCasesTest}. */
  public static void main(String[] args) throws IOException {
    System.out.print(report(scoreAll(Gazetteer.loadBundled())));
  }
}
