package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.extract.IncidentExtractor;
import sitrep.geocode.Gazetteer;
import sitrep.ingest.DocumentReader;
import sitrep.ingest.InputFile;
import sitrep.ingest.Manifest;
import sitrep.model.Document;
import sitrep.model.Incident;
import sitrep.model.SourceRef;

/**
 * Property test over seeded random inputs: random bytes, and the examples/ articles mutated (cut, repeated, spliced,
 * sprinkled with odd characters, re-encoded, bytes flipped), go through ingest and extract (with geocoding against the
 * fixture gazetteer). No exception may escape, and every source offset must lie inside its document. A failure names
 * the seed and case; {@code -Dsitrep.fuzz.seed=N -Dsitrep.fuzz.cases=M} moves or widens the search.
 */
class RandomInputTest {
  private static final long SEED = Long.getLong("sitrep.fuzz.seed", 20240128L);
  private static final int CASES = Integer.getInteger("sitrep.fuzz.cases", 150);
  private static final String[] ODD = {"\u202E", "\u200F", "\u0000", "\uFEFF", "\uD83D\uDE80", "\uD83D", "\uDE80",
      "\u0301", "\u00A0", "\r", "\r\n", "\t", "\u2028", "٣", "١٤", "99999999999999999999", "-1", "0", "1,000,000",
      "%", "\"", "'", "(", ")", "[", "]", "<", ">", "&amp;", "<script>", "</p>", "<p>", "...", "—", "–", "ـ",
      "al-", "Ain al-Asad", "Erbil", "Tower 22", "rockets", "drone", "killed", "injured", "on Monday", "last week",
      "February 30, 2024", "2024-02-30", "13/45/2024", "March 12, 2020", "Published: 2099-01-01", "BAGHDAD, -",
      " 0 ", "zero", "dozens", "one hundred and twenty", "Kataib Hezbollah claimed", "attack", ".", "!", "?",
      "\n\n", "                                        "};

  private static Gazetteer gazetteer;
  private static List<String> articles;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream p = RandomInputTest.class.getResourceAsStream("/geocode/places.tsv");
        InputStream a = RandomInputTest.class.getResourceAsStream("/geocode/actors.csv")) {
      gazetteer = Gazetteer.load(p, "places.tsv", a, "actors.csv");
    }
    articles = new ArrayList<>();
    try (var files = Files.list(Path.of("examples"))) {
      for (Path f : files.sorted().toList()) {
        articles.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
  }

  /** One generated input file. */
  private record Case(int index, String kind, String name, byte[] bytes) {}

  private static Case generate(int index, Random r) {
    if (r.nextInt(10) == 0) {
      byte[] b = new byte[r.nextInt(5000)];
      r.nextBytes(b);
      return new Case(index, "random bytes", "c" + index + ".txt", b);
    }
    String base = articles.get(r.nextInt(articles.size()));
    String text = mutate(base, r);
    String ext = base.contains("<p>") || r.nextInt(5) == 0 ? ".html" : ".txt";
    Charset cs = switch (r.nextInt(8)) {
      case 0 -> StandardCharsets.UTF_16LE;
      case 1 -> StandardCharsets.UTF_16;
      case 2 -> Charset.forName("windows-1256");
      case 3 -> StandardCharsets.ISO_8859_1;
      default -> StandardCharsets.UTF_8;
    };
    byte[] bytes = text.getBytes(cs);
    if (r.nextInt(6) == 0 && bytes.length > 0) {
      for (int i = 0; i < 1 + r.nextInt(8); i++) {
        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256); // invalid sequences after encoding
      }
    }
    return new Case(index, "mutated " + cs, "c" + index + ext, bytes);
  }

  private static String mutate(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int steps = 1 + r.nextInt(12);
    for (int i = 0; i < steps; i++) {
      int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
      switch (r.nextInt(7)) {
        case 0 -> b.insert(at, ODD[r.nextInt(ODD.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + r.nextInt(400)));
        case 2 -> {
          int end = Math.min(b.length(), at + r.nextInt(300));
          String piece = b.substring(at, end);
          b.insert(end, piece.repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 4)));
        }
        case 3 -> b.setLength(at);
        case 4 -> {
          String other = articles.get(r.nextInt(articles.size()));
          b.insert(at, other, 0, Math.min(other.length(), r.nextInt(2000)));
        }
        case 5 -> {
          for (int k = at; k < Math.min(b.length(), at + 200); k++) {
            char c = b.charAt(k);
            b.setCharAt(k, r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
          }
        }
        default -> b.insert(at, (char) r.nextInt(0x3000));
      }
    }
    return b.toString();
  }

  @Test
  void randomAndMutatedArticlesGoThroughIngestAndExtractWithoutAnException() {
    assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      Random r = new Random(SEED);
      DocumentReader reader = new DocumentReader(new Diagnostics());
      IncidentExtractor extractor = new IncidentExtractor(new GazetteerFinder(gazetteer));
      int documents = 0;
      for (int i = 0; i < CASES; i++) {
        Case c = generate(i, r);
        Path file = dir.resolve(c.name());
        try {
          Files.write(file, c.bytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        try {
          Optional<Document> doc = reader.read(new InputFile(file, c.name()), Manifest.empty());
          if (doc.isPresent()) {
            documents++;
            Document d = doc.get();
            checkOffsets(d, extractor.extract(d));
            // the same text with no publication date, or with one far in the future
            extractor.extract(new Document(d.path(), d.text(), r.nextBoolean() ? null : LocalDate.of(2099, 12, 31),
                null, null, null));
          }
        } catch (RuntimeException | StackOverflowError e) {
          throw new AssertionError("seed " + SEED + ", case " + i + " (" + c.kind() + ", " + c.bytes().length
              + " bytes): " + e, e);
        } finally {
          Files.deleteIfExists(file);
        }
      }
      assertTrue(documents > CASES / 2, "most cases should be read as articles: " + documents + " of " + CASES);
    });
  }

  @Test
  void randomManifestsGiveIssuesNotExceptions() throws IOException {
    Random r = new Random(SEED + 1);
    String base = "file,published,url,title,source\n01.txt,2021-07-08,https://x.org/a,\"A, b\",Wire\n"
        + "02.txt,2021-13-01,,,\n\"03.txt\",,,\"multi\nline\",\n";
    for (int i = 0; i < 200; i++) {
      String text = mutate(base, r);
      Path m = dir.resolve("manifest" + i + ".csv");
      Files.write(m, text.getBytes(StandardCharsets.UTF_8));
      try {
        Manifest.read(m, new Diagnostics());
      } catch (RuntimeException e) {
        fail("seed " + (SEED + 1) + ", manifest " + i + ": " + e + "\n" + text);
      }
    }
  }

  private static void checkOffsets(Document doc, List<Incident> incidents) {
    for (Incident inc : incidents) {
      for (SourceRef s : inc.sources()) {
        assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= doc.text().length(),
            doc.path() + ": source offsets " + s.start() + ".." + s.end() + " outside the text of "
                + doc.text().length() + " characters");
      }
    }
  }
}
