package sitrep.report;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import sitrep.pipeline.OutputFiles;
import sitrep.pipeline.SitrepException;

/**
 * Renders the briefing report, one self-contained HTML file, from the FreeMarker template {@code report.ftlh}
 * (auto-escaped HTML). The template gets a data model of maps, lists and ready-formatted strings (see the comment
 * at the top of templates/report.ftlh); the same input gives the same bytes.
 */
public final class ReportWriter {
  /** The template's file name, on the classpath under /templates/ or in a template folder. */
  public static final String TEMPLATE = "report.ftlh";

  private final Configuration config;
  private final String where;

  /** Uses the bundled template, /templates/report.ftlh on the classpath. */
  public ReportWriter() {
    config = configuration();
    config.setClassForTemplateLoading(ReportWriter.class, "/templates");
    where = "the bundled templates";
  }

  /**
   * Uses report.ftlh from a folder (a user's customised copy of the bundled template).
   *
   * @param templateDir the folder, not null
   * @throws SitrepException when it is not a readable folder
   */
  public ReportWriter(Path templateDir) {
    if (!Files.isDirectory(templateDir)) {
      throw new SitrepException("template folder " + templateDir + " does not exist or is not a folder");
    }
    config = configuration();
    try {
      config.setDirectoryForTemplateLoading(templateDir.toFile());
    } catch (IOException e) {
      throw new SitrepException("cannot read template folder " + templateDir + ": " + e.getMessage(), e);
    }
    where = templateDir.toString();
  }

  private static Configuration configuration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_33);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setRecognizeStandardFileExtensions(true); // .ftlh is auto-escaped HTML
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    return c;
  }

  /**
   * The report as HTML text.
   *
   * @param input what to show, not null
   * @throws SitrepException when the template is missing or fails, naming it and the line
   */
  public String render(ReportInput input) {
    StringWriter out = new StringWriter();
    try {
      process(template(), ReportModel.of(input), out);
    } catch (IOException e) {
      throw new SitrepException("cannot render the report: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * A report with its data model built: the part that goes over every incident (summary, totals, group tables,
   * the rows shown), done before the pictures exist so that it can run beside them.
   */
  public static final class Prepared {
    private final Template template;
    private final Map<String, Object> model;
    /** The pictures the HTML was rendered for, with placeholders for their data; null when not rendered yet. */
    private final List<ReportImage> pictures;
    private final String placeholder;
    private final byte[] html;

    private Prepared(Template template, Map<String, Object> model, List<ReportImage> pictures, String placeholder,
        byte[] html) {
      this.template = template;
      this.model = model;
      this.pictures = pictures;
      this.placeholder = placeholder;
      this.html = html;
    }
  }

  /**
   * Loads the template and builds the data model of a report; its pictures are given to {@link #write(Prepared,
   * List, Path)}.
   *
   * @param input what to show, not null; its images are ignored
   * @throws SitrepException when the template is missing or does not parse
   */
  public Prepared prepare(ReportInput input) {
    return new Prepared(template(), ReportModel.of(input), null, null, null);
  }

  /**
   * Builds the data model and renders the HTML of a report whose pictures are not drawn yet: their ids, titles,
   * captions and media types are given, their data comes to {@link #write(Prepared, List, Path)}, which puts it in
   * place of a placeholder (a data: URL is plain ASCII that HTML escaping leaves as it is, so the bytes are those
   * of rendering with the pictures). Rendering 2,000 incident rows then runs beside the figures, not after them.
   *
   * @param input what to show, not null; its images are ignored
   * @param pictures the pictures to come, in display order (their data is not used), not null
   * @throws SitrepException when the template is missing or fails
   */
  public Prepared prepare(ReportInput input, List<ReportImage> pictures) {
    Template template = template();
    Map<String, Object> model = ReportModel.of(input);
    String placeholder = "sitrep-picture-" + java.util.UUID.randomUUID() + "-";
    Map<String, Object> withPictures = new LinkedHashMap<>(model);
    withPictures.put("images", ReportModel.images(pictures, placeholder));
    java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream(1 << 16);
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(html, StandardCharsets.UTF_8), 1 << 16);
      process(template, withPictures, w);
      w.flush();
    } catch (IOException e) {
      throw new SitrepException("cannot render the report: " + e.getMessage(), e); // in memory: does not happen
    }
    return new Prepared(template, model, List.copyOf(pictures), placeholder, html.toByteArray());
  }

  /**
   * Renders a prepared report with its pictures and writes it atomically to file (UTF-8), streaming the HTML.
   *
   * @param report the prepared report, not null
   * @param images the pictures in display order, not null
   * @param file the target, not null; its folder must exist
   * @throws SitrepException when the template fails or the file cannot be written
   */
  public void write(Prepared report, List<ReportImage> images, Path file) {
    if (report.html != null && sameSlots(report.pictures, images)) {
      byte[][] srcs = new byte[images.size()][];
      for (int k = 0; k < srcs.length; k++) {
        srcs[k] = ReportModel.src(images.get(k)).getBytes(StandardCharsets.US_ASCII);
      }
      OutputFiles.write(file, out -> fill(report.html, report.placeholder.getBytes(StandardCharsets.US_ASCII), srcs,
          out));
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>(report.model);
    model.put("images", ReportModel.images(images));
    OutputFiles.write(file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      process(report.template, model, w);
      w.flush();
    });
  }

  /** True when the images are the pictures a report was rendered for (all but their data). */
  private static boolean sameSlots(List<ReportImage> pictures, List<ReportImage> images) {
    if (pictures.size() != images.size()) {
      return false;
    }
    for (int k = 0; k < images.size(); k++) {
      ReportImage a = pictures.get(k);
      ReportImage b = images.get(k);
      if (b == null || !a.id().equals(b.id()) || !java.util.Objects.equals(a.title(), b.title())
          || !java.util.Objects.equals(a.caption(), b.caption()) || !a.mediaType().equals(b.mediaType())) {
        return false;
      }
    }
    return true;
  }

  /** Writes html with each placeholder (prefix, index, "x") replaced by the data: URL of that picture. */
  private static void fill(byte[] html, byte[] prefix, byte[][] srcs, java.io.OutputStream out) throws IOException {
    int from = 0;
    for (int at = indexOf(html, prefix, 0); at >= 0; at = indexOf(html, prefix, from)) {
      int k = 0;
      int i = at + prefix.length;
      while (i < html.length && html[i] >= '0' && html[i] <= '9') {
        k = 10 * k + (html[i++] - '0');
      }
      if (i >= html.length || html[i] != 'x' || k >= srcs.length) {
        throw new IllegalStateException("broken picture placeholder in the rendered report");
      }
      out.write(html, from, at - from);
      out.write(srcs[k]);
      from = i + 1;
    }
    out.write(html, from, html.length - from);
  }

  private static int indexOf(byte[] a, byte[] b, int from) {
    outer:
    for (int i = from; i <= a.length - b.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i + j] != b[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private Template template() {
    try {
      return config.getTemplate(TEMPLATE);
    } catch (TemplateNotFoundException e) {
      throw new SitrepException("report template " + TEMPLATE + " not found in " + where);
    } catch (ParseException e) {
      throw new SitrepException("report template " + TEMPLATE + " in " + where + " line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
    } catch (IOException e) {
      throw new SitrepException("cannot read report template " + TEMPLATE + " in " + where + ": " + e.getMessage(), e);
    }
  }

  private void process(Template template, Map<String, Object> model, Writer out) throws IOException {
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw new SitrepException("report template " + TEMPLATE + " in " + where + " failed at line "
          + e.getLineNumber() + ": " + e.getMessageWithoutStackTop(), e);
    }
  }

  /**
   * Renders the report and writes it atomically to file (UTF-8).
   *
   * @param input what to show, not null
   * @param file the target, not null; its folder must exist
   * @throws SitrepException when the template fails or the file cannot be written
   */
  public void write(ReportInput input, Path file) {
    write(prepare(input), input.images(), file);
  }
}
