package sitrep.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.pipeline.SitrepException;

class AnnotationTest {
  @Test
  void parsesDateEqualsLabelWithOrWithoutQuotes() {
    assertEquals(new Annotation(LocalDate.of(2024, 1, 28), "Tower 22"), Annotation.parse("2024-01-28=\"Tower 22\""));
    assertEquals(new Annotation(LocalDate.of(2024, 1, 28), "Tower 22"), Annotation.parse("2024-01-28=Tower 22"));
    assertEquals("a=b", Annotation.parse("2024-01-28=a=b").label(), "only the first = splits");
  }

  @Test
  void badAnnotationsSayWhatIsExpected() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Annotation.parse("Tower 22")).getMessage()
        .contains("DATE=LABEL"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Annotation.parse("28/01/2024=Tower 22"))
        .getMessage().contains("YYYY-MM-DD"));
    assertThrows(IllegalArgumentException.class, () -> Annotation.parse("2024-01-28= "));
  }

  @Test
  void longLabelsAreShortenedWithAnEllipsis() {
    String label = new Annotation(LocalDate.of(2024, 1, 1), "x".repeat(80)).label();
    assertEquals(Annotation.MAX_LABEL, label.length());
    assertTrue(label.endsWith("\u2026"));
  }

  @Test
  void readsACsvFileWithHeaderCommentsAndQuotedCommas(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("dates.csv");
    Files.writeString(f, "date,label\n# key dates\n2024-01-28,Tower 22\n\n2023-10-17,\"Gaza war, attacks resume\"\n");
    List<Annotation> list = Annotation.read(f);
    assertEquals(2, list.size());
    assertEquals("Gaza war, attacks resume", list.get(1).label());
  }

  @Test
  void aBadRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("dates.csv");
    Files.writeString(f, "2024-01-28,Tower 22\n2024-13-01,Nonsense\n");
    SitrepException e = assertThrows(SitrepException.class, () -> Annotation.read(f));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("2024-13-01"), e.getMessage());
    assertTrue(assertThrows(SitrepException.class, () -> Annotation.read(dir.resolve("missing.csv"))).getMessage()
        .contains("missing.csv"));
  }

  @Test
  void chartOptionsSortTheAnnotationsByDate() {
    ChartOptions o = ChartOptions.document("T").withAnnotations(List.of(
        new Annotation(LocalDate.of(2024, 2, 1), "B"), new Annotation(LocalDate.of(2024, 1, 1), "A")));
    assertEquals("A", o.annotations().get(0).label());
    assertEquals(o.annotations(), o.withStackBy("actor").annotations());
  }
}
