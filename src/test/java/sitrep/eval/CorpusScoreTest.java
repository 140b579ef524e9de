package sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sitrep.geocode.Gazetteer;
import sitrep.model.IncidentSet;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.GazetteerFinder;
import sitrep.pipeline.Pipeline;
import sitrep.pipeline.Progress;

/**
 * Accuracy on the project's own labelled corpora (examples/ and the hard development set), scored like the eval
 * script. The floors are the figures reached so far less a small margin, so a regression fails the build; raise
 * them when extraction improves. Run with -Dsitrep.scoreDetails=true to print every miss.
 */
@Tag("slow")
class CorpusScoreTest {
  private static GazetteerFinder finder;
  private static final double H1_FLOOR = 0.82; // 0.848 at the end of the sixth session (0.685 blind when written)
  private static final double H2_FLOOR = 0.79; // 0.813 at the end of the sixth session (0.729 blind when written)
  private static final double H3_FLOOR = 0.80; // measured 0.817 blind on 2026-11-22 (0.821 on the code before)
  private static final double H4_FLOOR = 0.83; // holdout4: 0.805 on its first run, 0.857 at the end of the sixth session
  private static final double H5_FLOOR = 0.79; // holdout5: 0.789 on the code before it was merged, 0.813 at the end of the sixth session
  private static final double H6_FLOOR = 0.74; // holdout6: 0.752 on the code before it was merged, 0.763 at the end of the sixth session

  @BeforeAll
  static void load() {
    finder = new GazetteerFinder(Gazetteer.loadBundled());
  }

  private static GoldScorer.Score score(Path corpus, Path gold) throws Exception {
    Pipeline p = new Pipeline(finder, new Diagnostics(), Progress.silent());
    IncidentSet set = p.run(List.of(corpus), null, null, null).incidents();
    Set<String> scope;
    try (Stream<Path> files = Files.list(corpus)) {
      scope = files.map(f -> f.getFileName().toString())
          .filter(n -> n.matches(".*\\.(txt|md|html?)$") && !n.toLowerCase().startsWith("readme"))
          .collect(Collectors.toSet());
    }
    GoldScorer.Score s = GoldScorer.score(set, GoldScorer.readGold(gold), scope);
    System.out.println("[eval] " + corpus + ": " + s.summary());
    if (Boolean.getBoolean("sitrep.scoreDetails")) {
      s.misses().forEach(m -> System.out.println("[eval]   " + m));
    }
    return s;
  }

  @Test
  void examplesCorpusScoresAtLeastTheRecordedFloor() throws Exception {
    GoldScorer.Score s = score(Path.of("examples"), Path.of("src/test/resources/gold/examples-gold.jsonl"));
    assertTrue(s.f1() >= 0.93, s.summary()); // measured 0.95 on 2026-11-22 (third session)
  }

  @Test
  void developmentSetScoresAtLeastTheRecordedFloor() throws Exception {
    GoldScorer.Score s = score(Path.of("src/test/resources/devset"), Path.of("src/test/resources/devset/gold.jsonl"));
    assertTrue(s.f1() >= 0.95, s.summary()); // measured 0.966 on 2026-11-22 (third session)
    assertTrue(s.dateExact() >= 0.95 && s.siteWithin5km() >= 0.94 && s.weapon() >= 0.94, s.summary());
  }

  /**
   * The second development set (open: written from a brief without reading the code, then read and tuned on in the
   * seventh session; scraped pages, a Telegram export, a briefing transcript, trackers, in the core domain).
   */
  @Test
  void secondDevelopmentSetScoresAtLeastTheRecordedFloor() throws Exception {
    GoldScorer.Score s = score(Path.of("src/test/resources/devset2"), Path.of("src/test/resources/devset2/gold.jsonl"));
    assertTrue(s.f1() >= 0.88, s.summary()); // 0.859 when first run, 0.924 at the end of the seventh session
  }

  /**
   * The five blind sets, written by someone who had not read the extraction code, gold committed before any run (see
   * their READMEs). They are not tuned on: their floors only catch a regression on unseen text.
   */
  @Test
  void blindHoldoutsScoreAtLeastTheRecordedFloor() throws Exception {
    GoldScorer.Score h1 = score(Path.of("src/test/resources/holdout"), Path.of("src/test/resources/holdout/gold.jsonl"));
    GoldScorer.Score h2 = score(Path.of("src/test/resources/holdout2"),
        Path.of("src/test/resources/holdout2/gold.jsonl"));
    GoldScorer.Score h3 = score(Path.of("src/test/resources/holdout3"),
        Path.of("src/test/resources/holdout3/gold.jsonl"));
    assertTrue(h1.f1() >= H1_FLOOR, h1.summary());
    assertTrue(h2.f1() >= H2_FLOOR, h2.summary());
    GoldScorer.Score h4 = score(Path.of("src/test/resources/holdout4"),
        Path.of("src/test/resources/holdout4/gold.jsonl"));
    assertTrue(h3.f1() >= H3_FLOOR, h3.summary());
    assertTrue(h4.f1() >= H4_FLOOR, h4.summary());
    GoldScorer.Score h5 = score(Path.of("src/test/resources/holdout5"),
        Path.of("src/test/resources/holdout5/gold.jsonl"));
    assertTrue(h5.f1() >= H5_FLOOR, h5.summary());
    GoldScorer.Score h6 = score(Path.of("src/test/resources/holdout6"),
        Path.of("src/test/resources/holdout6/gold.jsonl"));
    assertTrue(h6.f1() >= H6_FLOOR, h6.summary());
  }
}
