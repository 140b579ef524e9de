package sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.export.IncidentJson;
import sitrep.render.SampleIncidents;

/** `render` from an incidents file with the figure options; bad figure options are usage errors (exit 2). */
class RenderOptionsCliTest {
  private static Path incidents(Path dir) {
    Path f = dir.resolve("incidents.json");
    IncidentJson.write(SampleIncidents.realistic(), f);
    return f;
  }

  @Test
  @Tag("slow")
  void renderWritesEveryChartAndMapInFourFormatsAtSlideSize(@TempDir Path dir) throws Exception {
    Path dates = dir.resolve("dates.csv");
    Files.writeString(dates, "date,label\n2023-10-17,Attacks resume\n");
    Path out = dir.resolve("out");
    ReportCliTest.Run r = ReportCliTest.run("render", incidents(dir).toString(), "--out", out.toString(), "--quiet",
        "--preset", "slide", "--transparent", "--stack-by", "actor", "--strip-by", "actor",
        "--annotate", "2024-01-28=Tower 22", "--annotations", dates.toString(), "--country", "IQ,SY");
    assertEquals(0, r.code(), r.err());
    for (String name : List.of("timeline", "timeline-cumulative", "event-strip", "map", "map-provinces")) {
      for (String suffix : List.of(".png", "-print.png", ".svg", ".pdf")) {
        assertTrue(Files.size(out.resolve(name + suffix)) > 0, name + suffix);
      }
      BufferedImage png = ImageIO.read(out.resolve(name + ".png").toFile());
      assertEquals(1920, png.getWidth(), name);
      assertEquals(1080, png.getHeight(), name);
      assertEquals(0, png.getRGB(0, 0) >>> 24, name + " has a transparent corner");
    }
    String html = Files.readString(out.resolve("report.html"));
    for (String id : List.of("timeline", "timeline-cumulative", "event-strip", "map", "map-provinces")) {
      assertTrue(html.contains("id=\"figure-" + id + "\""), id);
    }
  }

  @Test
  void badFigureOptionsAreUsageErrors(@TempDir Path dir) {
    Path in = incidents(dir);
    String out = dir.resolve("out").toString();
    for (String[] bad : List.of(new String[] {"--preset", "poster"}, new String[] {"--annotate", "Tower 22"},
        new String[] {"--annotate", "2024-13-40=X"}, new String[] {"--stack-by", "colour"},
        new String[] {"--bbox", "38,29,49"}, new String[] {"--bbox", "50,29,40,38"},
        new String[] {"--country", "Iraq"}, new String[] {"--bbox", "38,29,49,38", "--country", "IQ"},
        new String[] {"--strip-by", "weapon"})) {
      String[] args = new String[bad.length + 4];
      args[0] = "render";
      args[1] = in.toString();
      args[2] = "--out";
      args[3] = out;
      System.arraycopy(bad, 0, args, 4, bad.length);
      ReportCliTest.Run r = ReportCliTest.run(args);
      assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
    }
  }

  @Test
  void aMissingAnnotationsFileIsAFailureThatNamesIt(@TempDir Path dir) {
    ReportCliTest.Run r = ReportCliTest.run("render", incidents(dir).toString(), "--out", dir.resolve("o").toString(),
        "--annotations", dir.resolve("nope.csv").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("nope.csv"), r.err());
  }

  @Test
  void optionsAppearInHelp() {
    ReportCliTest.Run r = ReportCliTest.run("report", "--help");
    for (String o : List.of("--preset", "--transparent", "--stack-by", "--strip-by", "--annotate", "--annotations",
        "--bbox", "--country")) {
      assertTrue(r.out().contains(o), o);
    }
  }
}
