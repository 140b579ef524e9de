package sitrep.extract;

import java.util.Locale;
import java.util.Map;

/** Reads counts written in digits or words ("14", "three", "a dozen", "twenty-four"); null for vague amounts. */
public final class Numbers {
  static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("single", 1), Map.entry("lone", 1),
      Map.entry("two", 2), Map.entry("pair", 2), Map.entry("both", 2), Map.entry("three", 3), Map.entry("trio", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("dozen", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("hundred", 100));

  /** The regex alternation for a count token (digits or number words, including hyphenated tens). */
  public static final String TOKEN =
      "(?:\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
          + "seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          + "fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a trio of|a pair of|a single|a lone|a|an|single)";

  private Numbers() {}

  /** The value of a count token matched by {@link #TOKEN}; null when it is not a number. */
  public static Integer parse(String token) {
    String t = token.trim().toLowerCase(Locale.ROOT).replace(" of", "");
    if (t.startsWith("a ") && !t.equals("a dozen")) {
      t = t.substring(2);
    }
    if (t.equals("a dozen")) {
      return 12;
    }
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
      return Integer.parseInt(t);
    }
    String[] parts = t.split("[- ]");
    int total = 0;
    for (String p : parts) {
      Integer v = WORDS.get(p);
      if (v == null) {
        return null;
      }
      total += v;
    }
    return total;
  }
}
