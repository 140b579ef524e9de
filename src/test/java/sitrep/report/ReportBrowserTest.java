package sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.pipeline.OutputWriter;
import sitrep.pipeline.Progress;

/**
 * Opens report.html in headless Chromium and fails on a script error, a console error, a Content-Security-Policy
 * violation or an image that does not decode. A test copy of the report gets a small inline script that records
 * these in the page and writes them into the DOM on load; Chromium's {@code --dump-dom} output is then read back.
 * Skipped (an assumption, not a failure) when no Chromium is installed; CI (.ci/run) installs Debian's
 * {@code chromium}. Set {@code -Dsitrep.chromium=/path/to/chrome} to use another binary.
 */
@Tag("slow")
class ReportBrowserTest {
  /** Records errors and broken images and writes them as JSON into #sitrep-check once the page has loaded. */
  static final String PROBE = "<script>(function(){var errors=[];"
      + "window.addEventListener('error',function(e){errors.push('error: '+(e.message||('resource '+"
      + "((e.target&&(e.target.alt||e.target.tagName))||'?'))));},true);"
      + "window.addEventListener('securitypolicyviolation',function(e){errors.push('csp: '+e.violatedDirective+' '"
      + "+e.blockedURI);});"
      + "var ce=console.error;console.error=function(){errors.push('console.error: '+"
      + "Array.prototype.join.call(arguments,' '));return ce.apply(console,arguments);};"
      + "window.addEventListener('load',function(){var imgs=document.images;for(var i=0;i<imgs.length;i++){"
      + "if(!imgs[i].complete||imgs[i].naturalWidth===0){errors.push('broken image: '+(imgs[i].alt||i));}}"
      + "var d=document.createElement('pre');d.id='sitrep-check';"
      + "d.textContent=JSON.stringify({images:imgs.length,errors:errors});document.body.appendChild(d);});"
      + "})();</script>";

  /** The Chromium binary to use, or null when none is installed. */
  static Path chromium() {
    String given = System.getProperty("sitrep.chromium");
    if (given != null && !given.isBlank()) {
      return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** What the probe saw, plus the console lines of Chromium's log that report errors. */
  record Check(int images, List<String> errors) {}

  static Check open(Path chrome, Path report, Path work) throws IOException, InterruptedException {
    String html = Files.readString(report, StandardCharsets.UTF_8);
    int head = html.indexOf("<head>");
    assertTrue(head >= 0, "report has a <head>");
    Path copy = work.resolve("report-probe.html");
    Files.writeString(copy, html.substring(0, head + 6) + PROBE + html.substring(head + 6), StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(work.resolve("chromium-profile"));
    Path dom = work.resolve("dom.html");
    Path log = work.resolve("chromium.log");
    List<String> cmd = List.of(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
        "--dump-dom", copy.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s: " + Files.readString(log));
    }
    String dumped = Files.readString(dom, StandardCharsets.UTF_8);
    Element check = Jsoup.parse(dumped).getElementById("sitrep-check");
    assertTrue(check != null, "the probe wrote no result (chromium exit " + p.exitValue() + "): "
        + Files.readString(log));
    JsonNode result = new ObjectMapper().readTree(check.text());
    List<String> errors = new ArrayList<>();
    result.get("errors").forEach(e -> errors.add(e.asText()));
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("Refused to"))) {
        errors.add("log: " + line.trim());
      }
    }
    return new Check(result.get("images").asInt(), errors);
  }

  @Test
  void reportOpensInChromiumWithoutErrorsAndEveryImageDecodes(@TempDir Path dir) throws Exception {
    Path chrome = chromium();
    assumeTrue(chrome != null, "no chromium installed (CI installs it); skipping the browser test");
    Path out = dir.resolve("out");
    new OutputWriter(Progress.silent()).write(sitrep.render.SampleIncidents.realistic(), out, "Browser check", 0,
        List.of());
    Check c = open(chrome, out.resolve("report.html"), dir);
    assertEquals(OutputWriter.FIGURES.size(), c.images(), "every figure is in the report");
    assertTrue(c.errors().isEmpty(), "errors in the browser: " + c.errors());
  }

  @Test
  void theProbeCatchesABrokenImageAndAScriptError(@TempDir Path dir) throws Exception {
    Path chrome = chromium();
    assumeTrue(chrome != null, "no chromium installed (CI installs it); skipping the browser test");
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
        + "<img alt=\"broken\" src=\"data:image/png;base64,AAAA\"><script>undefinedFunction();</script></body></html>");
    Check c = open(chrome, bad, dir);
    assertEquals(1, c.images());
    assertTrue(c.errors().stream().anyMatch(e -> e.startsWith("broken image")), c.errors().toString());
    assertTrue(c.errors().stream().anyMatch(e -> e.contains("undefinedFunction")), c.errors().toString());
    assertFalse(c.errors().isEmpty());
  }
}
