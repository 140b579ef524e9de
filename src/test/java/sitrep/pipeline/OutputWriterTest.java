package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.render.SampleIncidents;

/** The output folder is written as a whole: all files published together, or none when one fails. */
class OutputWriterTest {
  @TempDir Path dir;

  private static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void everyOutputIsPublishedAndNoStagingFolderIsLeft() throws Exception {
    Path out = dir.resolve("out");
    new OutputWriter(Progress.silent()).write(SampleIncidents.realistic(), out, "T", 3, List.of());
    Set<String> names = names(out);
    for (String f : List.of("report.html", "incidents.json", "incidents.csv", "incidents.geojson", "map.svg",
        "timeline-slide.png", "event-strip.pdf", "map-provinces-print.png")) {
      assertTrue(names.contains(f), f + " in " + names);
    }
    assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), "hidden staging or temporary files: " + names);
  }

  @Test
  void aFigureThatCannotBeWrittenLeavesEveryEarlierFileAsItWas() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("timeline.pdf/blocker")); // a non-empty folder where a figure should go
    Files.writeString(out.resolve("incidents.json"), "earlier");
    Files.writeString(out.resolve("map.png"), "earlier");
    SitrepException e = assertThrows(SitrepException.class,
        () -> new OutputWriter(Progress.silent()).write(SampleIncidents.realistic(), out, "T", 3, List.of()));
    assertTrue(e.getMessage().contains("timeline.pdf"), e.getMessage());
    assertEquals("earlier", Files.readString(out.resolve("incidents.json")), "exports written before it are kept back");
    assertEquals("earlier", Files.readString(out.resolve("map.png")));
    assertEquals(Set.of("incidents.json", "map.png", "timeline.pdf"), names(out), "no new, staging or temporary files");
  }
}
