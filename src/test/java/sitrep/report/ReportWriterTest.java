package sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.ActorBasis;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;
import sitrep.pipeline.Issue;
import sitrep.pipeline.SitrepException;

class ReportWriterTest {
  /** A 1x1 PNG. */
  static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private static final ReportWriter WRITER = new ReportWriter();

  static ReportInput sample() {
    IncidentSet set = SampleIncidents.realistic();
    return new ReportInput("Attacks on US forces", LocalDate.of(2023, 10, 17), LocalDate.of(2024, 2, 4), set,
        List.of(new ReportImage("timeline", "Incidents per week", "Weekly counts.", "image/png", PNG),
            new ReportImage("map", "Strike locations", null, "image/svg+xml", SampleIncidents.mapSvg())),
        SampleIncidents.issues(), 24, "sitrep 0.1.0");
  }

  @Test
  void reportIsSelfContained() {
    String html = WRITER.render(sample());
    assertFalse(html.contains("src=\"http"), "no remote src");
    assertFalse(html.contains("<link"), "no link element (stylesheets, fonts, icons)");
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url("), "no CSS url()");
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("link[rel~=(?i)stylesheet], link[href]").isEmpty());
    assertTrue(doc.select("script[src], iframe, object, embed, video, audio, source").isEmpty());
    assertEquals(1, doc.select("script").size(), "only the inline script");
    assertEquals(2, doc.select("img").size());
    for (Element img : doc.select("img, [src]")) {
      assertTrue(img.attr("src").startsWith("data:image/"), img.outerHtml().substring(0, 60));
    }
    assertTrue(doc.selectFirst("img[alt=Strike locations]").attr("src").startsWith("data:image/svg+xml;base64,"));
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"), href);
    }
    assertTrue(doc.select("[style]").isEmpty(), "no inline style attributes that could load resources");
  }

  @Test
  void showsKeyFiguresSummaryTablesAndSections() {
    Document doc = Jsoup.parse(WRITER.render(sample()));
    assertEquals("Attacks on US forces", doc.selectFirst("h1").text());
    assertEquals("17 Oct 2023 – 4 Feb 2024", doc.selectFirst(".period").text());
    assertEquals(List.of("Incidents", "Documents", "Killed", "Injured", "Projectiles", "Sites"),
        doc.select(".figure .label").eachText());
    assertEquals(List.of("20", "24", "3", "66", "66", "14"), doc.select(".figure .value").eachText());
    assertTrue(doc.selectFirst(".summary").text().startsWith("20 incidents between 17 Oct 2023 and 4 Feb 2024"));
    for (String id : List.of("summary", "figures", "breakdown", "incidents", "sources", "issues", "methods")) {
      assertTrue(doc.getElementById(id) != null, "section " + id);
    }
    assertEquals(20, doc.select("#incidents-table tbody tr").size());
    assertEquals(3, doc.select("#incidents-table tbody tr.low").size());
    assertTrue(doc.selectFirst("input#hide-low[type=checkbox]") != null, "low-confidence toggle");
    String html = doc.html();
    assertTrue(html.contains("#hide-low:checked ~ .table-wrap tr.low"), "the toggle works without scripts");
    assertTrue(html.contains("@media print"));
    assertTrue(doc.getElementById("methods").text().contains(
        "Places: GeoNames (CC BY 4.0), OurAirports; basemap: Natural Earth"));
    assertEquals(List.of("no-publication-date (1)", "skipped-file-type (2)", "unresolved-place (1)"),
        doc.select("#issues h3").eachText());
    assertEquals(24, doc.select("#sources tbody tr").size());
  }

  @Test
  void incidentRowsShowRangesPrecisionCoordinatesAndEvidencePerSource() {
    Document doc = Jsoup.parse(WRITER.render(sample()));
    Element asad = doc.select("#incidents-table tbody tr").stream()
        .filter(r -> r.text().contains("2024-01-20-ain-al-asad-air-base-missile")).findFirst().orElseThrow();
    assertEquals("14 (14–30)", asad.child(4).text());
    assertTrue(asad.child(2).text().contains("33.786°N 42.441°E"), asad.child(2).text());
    assertTrue(asad.child(2).text().contains("site · Al Anbar, Iraq"), asad.child(2).text());
    assertEquals(2, asad.select(".ev").size());
    assertEquals("https://www.reuters.com/world/middle-east/ain-al-asad-2024-01-20/",
        asad.selectFirst(".ev a").attr("href"));
    Element month = doc.select("#incidents-table tbody tr").stream()
        .filter(r -> r.text().contains("Rmelan")).findFirst().orElseThrow();
    assertEquals("Nov 2023 precision: month", month.child(1).text());
  }

  @Test
  void hostileTextIsEscapedAndUnsafeUrlsAreNotLinks() {
    String evil = "<script>alert(1)</script>";
    Incident i = new Incident("evil", LocalDate.of(2024, 1, 1), null,
        new Place("<b>Base</b>", 1.0, 2.0, "IQ", null, PlacePrecision.SITE, "g"), Weapon.DRONE, 1, null, null,
        "\"><img src=x onerror=alert(2)>", ActorBasis.CLAIMED, evil,
        List.of(new SourceRef("doc<1>.txt", null, "javascript:alert(3)", "<i>t</i>", evil, 0, 5),
            new SourceRef("doc2.txt", null, "https://example.org/\"onmouseover=\"x", null, evil, 0, 5)),
        0.9, null, null, null);
    ReportInput in = new ReportInput("<title>" + evil, null, null, new IncidentSet(List.of(i)), List.of(),
        List.of(new Issue(evil, evil, 1, evil)), 1, evil);
    String html = WRITER.render(in);
    assertFalse(html.contains(evil), "raw script tag from data");
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("<b>Base"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    Document doc = Jsoup.parse(html);
    assertEquals(1, doc.select("script").size());
    assertTrue(doc.select("img").isEmpty());
    assertTrue(doc.select("a[href^=javascript]").isEmpty());
    assertTrue(doc.select("[onerror], [onmouseover]").isEmpty());
    assertEquals("<title><script>alert(1)</script>", doc.selectFirst("h1").text());
  }

  @Test
  void emptyIncidentSetRendersASensibleReport() {
    String html = WRITER.render(new ReportInput(null, null, null, null, null, null, 3, null));
    Document doc = Jsoup.parse(html);
    assertEquals(ReportInput.DEFAULT_TITLE, doc.selectFirst("h1").text());
    assertEquals("Period not given", doc.selectFirst(".period").text());
    assertEquals("No incidents were found.", doc.selectFirst(".summary").text());
    assertEquals(List.of("0", "3", "—", "—", "—", "0"), doc.select(".figure .value").eachText());
    assertEquals("No incidents were found in the 3 documents read.", doc.selectFirst("#incidents .empty").text());
    assertTrue(doc.getElementById("incidents-table") == null);
    assertTrue(doc.getElementById("figures") == null, "no figures section without images");
    assertEquals("No data issues were recorded.", doc.selectFirst("#issues p").text());
  }

  @Test
  void sameInputGivesSameBytes(@TempDir Path dir) throws Exception {
    WRITER.write(sample(), dir.resolve("a.html"));
    new ReportWriter().write(sample(), dir.resolve("b.html"));
    assertEquals(Files.readString(dir.resolve("a.html")), Files.readString(dir.resolve("b.html")));
  }

  @Test
  void customTemplateFolderIsUsed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.ftlh"), "<h1>${title}</h1><#list incidents as i>${i.id} </#list>",
        StandardCharsets.UTF_8);
    assertEquals("<h1>&lt;T&gt;</h1>evil ", new ReportWriter(dir).render(new ReportInput("<T>", null, null,
        new IncidentSet(List.of(new Incident("evil", null, null, null, null, null, null, null, null, null, null,
            List.of(new SourceRef("d", null, null, null, "e", 0, 1)), 0.5, null, null, null))),
        null, null, 0, null)));
  }

  @Test
  void templateProblemsNameTheTemplateAndLine(@TempDir Path dir) throws Exception {
    SitrepException missing = assertThrows(SitrepException.class,
        () -> new ReportWriter(dir).render(new ReportInput(null, null, null, null, null, null, 0, null)));
    assertTrue(missing.getMessage().contains("report.ftlh not found in " + dir), missing.getMessage());
    Files.writeString(dir.resolve("report.ftlh"), "ok\n${noSuchValue}\n");
    SitrepException failed = assertThrows(SitrepException.class,
        () -> new ReportWriter(dir).render(new ReportInput(null, null, null, null, null, null, 0, null)));
    assertTrue(failed.getMessage().contains("line 2"), failed.getMessage());
    assertThrows(SitrepException.class, () -> new ReportWriter(dir.resolve("nope")));
  }

  @Test
  void rejectsImagesThatAreNotPngOrSvg() {
    assertThrows(IllegalArgumentException.class, () -> new ReportImage("x", null, null, "text/html", PNG));
    assertThrows(IllegalArgumentException.class, () -> new ReportImage("a b", null, null, "image/png", PNG));
  }

  @Test
  void aReportRenderedBeforeItsPicturesHasTheBytesOfOneRenderedWithThem(@TempDir Path dir) throws Exception {
    ReportInput input = sample();
    List<ReportImage> images = input.images();
    Path direct = dir.resolve("direct.html");
    WRITER.write(WRITER.prepare(input), images, direct);
    List<ReportImage> slots = images.stream()
        .map(i -> new ReportImage(i.id(), i.title(), i.caption(), i.mediaType(), new byte[] {1})).toList();
    Path early = dir.resolve("early.html");
    WRITER.write(WRITER.prepare(input, slots), images, early);
    assertEquals(Files.readString(direct), Files.readString(early));
    // pictures other than those it was rendered for: rendered again, the same as directly
    List<ReportImage> other = List.of(new ReportImage("timeline", "Another title", null, "image/png", PNG));
    Path fallback = dir.resolve("fallback.html");
    WRITER.write(WRITER.prepare(input, slots), other, fallback);
    Path expected = dir.resolve("expected.html");
    WRITER.write(WRITER.prepare(input), other, expected);
    assertEquals(Files.readString(expected), Files.readString(fallback));
  }
}
