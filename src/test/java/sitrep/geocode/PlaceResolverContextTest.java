package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The document-wide reading of the context ({@link PlaceResolver.DocumentContext}: sentence ends, cue words, base
 * phrases, nationality words) gives what reading the sentence string of each match gives, as the ranking first did:
 * {@code before + " " + surface + " " + after}, split into runs of letters, lower-cased. Checked on random text
 * made of the words that matter in every case, with letters that change length or become ASCII when lower-cased,
 * and on spans that start or end inside words.
 */
class PlaceResolverContextTest {

  private static final Set<String> BASE_CUES = Set.of("base", "bases", "airbase", "airbases", "camp", "garrison",
      "outpost", "airfield", "\u0642\u0627\u0639\u062f\u0629", "\u0627\u0644\u0642\u0627\u0639\u062f\u0629");
  private static final Set<String> AIRPORT_CUES = Set.of("airport", "airports", "terminal", "runway",
      "\u0645\u0637\u0627\u0631", "\u0627\u0644\u0645\u0637\u0627\u0631");
  private static final Set<String> EMBASSY_CUES = Set.of("embassy", "consulate", "diplomatic",
      "\u0627\u0644\u0633\u0641\u0627\u0631\u0629", "\u0633\u0641\u0627\u0631\u0629");
  private static final Pattern PROVINCE_AFTER = Pattern.compile("[\\s,]*(province|governorate|governate|region)\\b");
  private static final Pattern PROVINCE_BEFORE = Pattern.compile("\\b(province|governorate) of\\s+$");

  private static final String[] PIECES = {"air", "Air", "AIR", "A\u0130R", "base", "Base", "BASE", "field", "Field",
      "station", "STATION", "airbase", "Airbases", "camp", "CAMP", "garrison", "outpost", "airfield", "airport",
      "Airports", "terminal", "runway", "embassy", "Embassy", "consulate", "diplomatic", "province", "Province",
      "governorate", "governate", "region", "REGION", " of", "iraqi", "Syrian", "JORDANIAN", "emirati", "kurdish",
      "\u0130raqi", "\u212Auwaiti", "Kuwaiti", "\u0645\u0637\u0627\u0631", "\u0627\u0644\u0642\u0627\u0639\u062f\u0629",
      "\u0633\u0641\u0627\u0631\u0629", "Erbil", "Baghdad", "al-Asad", "x", "the", " ", " ", " ", "  ", ", ", ". ", ".",
      "!", "? ", "\n", "-", "'s", "\u00e9", "\u03a3", "\u0130", "1", "22", "\t"};

  @Test
  void readsTheSameCuesAsTheSentenceString() {
    Gazetteer g = Fixtures.gazetteer();
    PlaceResolver resolver = new PlaceResolver(g);
    Random random = new Random(20261121L);
    GazetteerEntry entry = g.entries().get(0);
    int checked = 0;
    for (int doc = 0; doc < 400; doc++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 5 + random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      List<NameMatch<GazetteerEntry>> all = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        int start = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), start + random.nextInt(15));
        String surface = text.substring(start, end);
        if (random.nextInt(6) == 0) {
          surface = PIECES[random.nextInt(PIECES.length)]; // a surface that is not the text at its offsets
        }
        all.add(new NameMatch<>(start, end, surface, List.of(entry)));
      }
      PlaceResolver.DocumentContext context = resolver.document(text, all);
      for (NameMatch<GazetteerEntry> m : all) {
        assertEquals(oldCues(m, text), PlaceResolver.cueBits(m, context),
            () -> "cues of '" + m.surface() + "' at " + m.start() + "-" + m.end() + " in '" + text + "'");
        assertEquals(PlaceResolver.sentenceStart(text, m.start()), context.sentenceStart(m.start()));
        assertEquals(PlaceResolver.sentenceEnd(text, m.end()), context.sentenceEnd(m.end()));
        checked++;
      }
      assertEquals(oldDemonyms(text), context.demonyms, text);
    }
    assertEquals(3200, checked);
  }

  /** The cues as first read: words of the sentence string, and the string lower-cased. */
  private static int oldCues(NameMatch<GazetteerEntry> match, String text) {
    int from = PlaceResolver.sentenceStart(text, match.start());
    int to = PlaceResolver.sentenceEnd(text, match.end());
    String before = text.substring(from, match.start());
    String after = text.substring(match.end(), to);
    String joined = before + " " + match.surface() + " " + after;
    boolean base = false;
    boolean airport = false;
    boolean embassy = false;
    for (String w : words(joined)) {
      if (BASE_CUES.contains(w)) {
        base = true;
      } else if (AIRPORT_CUES.contains(w)) {
        airport = true;
      } else if (EMBASSY_CUES.contains(w)) {
        embassy = true;
      }
    }
    String lower = joined.toLowerCase(Locale.ROOT);
    if (lower.contains("air base") || lower.contains("air field") || lower.contains("air station")) {
      base = true;
    }
    String a = text.substring(match.end(), Math.min(text.length(), match.end() + 16)).toLowerCase(Locale.ROOT);
    String b = text.substring(Math.max(0, match.start() - 16), match.start()).toLowerCase(Locale.ROOT);
    boolean province = PROVINCE_AFTER.matcher(a).lookingAt() || PROVINCE_BEFORE.matcher(b).find();
    return (base ? 1 : 0) | (airport ? 2 : 0) | (embassy ? 4 : 0) | (province ? 8 : 0);
  }

  private static Set<String> oldDemonyms(String text) {
    java.util.Map<String, String> demonyms = java.util.Map.ofEntries(
        java.util.Map.entry("iraqi", "IQ"), java.util.Map.entry("syrian", "SY"), java.util.Map.entry("jordanian", "JO"),
        java.util.Map.entry("yemeni", "YE"), java.util.Map.entry("saudi", "SA"), java.util.Map.entry("emirati", "AE"),
        java.util.Map.entry("kuwaiti", "KW"), java.util.Map.entry("qatari", "QA"), java.util.Map.entry("bahraini", "BH"),
        java.util.Map.entry("omani", "OM"), java.util.Map.entry("lebanese", "LB"), java.util.Map.entry("iranian", "IR"),
        java.util.Map.entry("israeli", "IL"), java.util.Map.entry("turkish", "TR"), java.util.Map.entry("kurdish", "IQ"),
        java.util.Map.entry("egyptian", "EG"));
    Set<String> found = new HashSet<>();
    for (String w : words(text)) {
      if (demonyms.containsKey(w)) {
        found.add(demonyms.get(w));
      }
    }
    return found;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > b) {
        out.add(s.substring(b, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
