package sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DateResolverTest {

  /** Runs cases/extract/dates.tsv: the date an attack sentence is put on. */
  @TestFactory
  Stream<DynamicTest> resolvesTheEventDateOfEachCase() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream("/cases/extract/dates.tsv")), StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split("\t", -1)));
    }
    assertTrue(rows.size() >= 10);
    return rows.stream().map(row -> DynamicTest.dynamicTest(row[4], () -> {
      LocalDate pub = row[1].isEmpty() ? null : LocalDate.parse(row[1]);
      List<DateMention> found = DateResolver.find(row[0], pub);
      DateMention best = found.stream().filter(d -> !d.background())
          .min((a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow();
      assertEquals(row[2].equals("unknown") ? null : LocalDate.parse(row[2]), best.date(), row[0]);
      assertEquals(row[3], best.precision().id(), row[0]);
    }));
  }

  private static int rank(DateMention d) {
    return switch (d.precision()) {
      case DAY -> d.relative() ? 1 : 0;
      case WEEK -> 2;
      case MONTH -> 3;
      case UNKNOWN -> 4;
      case YEAR -> 5;
    };
  }

  @Test
  void marksSinceAndUntilAsBackground() {
    List<DateMention> found = DateResolver.find("Attacks have continued since 2019 and since October 7.",
        LocalDate.of(2024, 7, 1));
    assertTrue(found.stream().allMatch(DateMention::background), found.toString());
  }

  @Test
  void doesNotReadTheVerbMayAsAMonth() {
    assertTrue(DateResolver.find("The militias may attack again.", LocalDate.of(2024, 7, 1)).isEmpty());
  }
}
