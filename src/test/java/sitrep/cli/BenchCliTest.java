package sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench` on a 1 MB corpus scaled up from examples/: the lines the benchmark notes in docs/benchmarks.md read. */
@Tag("slow")
class BenchCliTest {

  @Test
  void benchReportsThroughputAndEachStage(@TempDir Path dir) {
    ReportCliTest.Run r = ReportCliTest.run("bench", "--mb", "1", "--corpus", dir.resolve("c").toString(),
        "--threads", "1", "--stages", "--quiet");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("run1_incidents: "), r.out());
    double whole = rate(r.out(), "extract");
    double rules = rate(r.out(), "rules");
    for (String stage : new String[] {"read", "split", "places", "actors"}) {
      assertTrue(rate(r.out(), stage) > 0, stage + "\n" + r.out());
    }
    // the rules are a part of the extraction: alone they go at least as fast as the whole
    assertTrue(whole > 0 && rules >= whole, r.out());
  }

  private static double rate(String out, String stage) {
    Matcher m = Pattern.compile("(?m)^stage_" + stage + "_mchars_per_s: ([0-9.]+)").matcher(out);
    assertTrue(m.find(), stage + " missing:\n" + out);
    return Double.parseDouble(m.group(1));
  }
}
