package sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.IntRange;
import sitrep.model.JsonId;
import sitrep.model.Place;
import sitrep.model.SourceRef;
import sitrep.pipeline.OutputFiles;
import sitrep.pipeline.SitrepException;

/**
 * Reads and writes incidents.json (SPEC.md). Output is pretty-printed (two-space indent, {@code \n} line ends),
 * UTF-8, with a final newline, and is streamed one incident at a time, so writing never holds the whole file in
 * memory. Reading streams too: see {@link IncidentJsonReader}.
 */
public final class IncidentJson {
  /** Plain streaming: the records are written and read field by field, without data binding. */
  static final JsonFactory FACTORY = new JsonFactory();


  /** Characters buffered before they are encoded and written. */
  static final int BUFFER_CHARS = 1 << 16;

  private IncidentJson() {}

  /** The incidents as JSON text (the bytes {@link #write(IncidentSet, Path)} writes, as a string). */
  public static String toJson(IncidentSet set) {
    StringWriter out = new StringWriter();
    try {
      write(set.incidents(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Streams the incidents as JSON text to out, one at a time, in iteration order. The writer is flushed, not
   * closed.
   *
   * @param incidents the incidents, not null; iterated once
   * @param out the target, not null
   * @throws IOException when out fails
   * @throws SitrepException when an incident cannot be serialised
   */
  public static void write(Iterable<Incident> incidents, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(layout());
      g.writeStartObject();
      g.writeFieldName("incidents");
      g.writeStartArray();
      for (Incident incident : incidents) {
        writeIncident(g, incident);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (JsonProcessingException e) {
      throw new SitrepException("cannot serialise incidents: " + e.getOriginalMessage(), e);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * One incident, field by field, in the order and form Jackson's data binding gives the records (plain components
   * in declaration order, then the renamed ones; a range only when there is one), without its per-value cost.
   * IncidentJsonTest checks the bytes against data binding.
   */
  private static void writeIncident(JsonGenerator g, Incident i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    writeDate(g, "date", i.date());
    Place p = i.place();
    g.writeFieldName("place");
    if (p == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      writeDouble(g, "lat", p.lat());
      writeDouble(g, "lon", p.lon());
      g.writeStringField("country", p.country());
      g.writeStringField("admin1", p.admin1());
      writeId(g, "precision", p.precision());
      g.writeStringField("gazetteer_id", p.gazetteerId());
      g.writeEndObject();
    }
    writeId(g, "weapon", i.weapon());
    writeInteger(g, "projectiles", i.projectiles());
    writeInteger(g, "killed", i.killed());
    writeInteger(g, "injured", i.injured());
    g.writeStringField("actor", i.actor());
    g.writeStringField("target", i.target());
    g.writeFieldName("sources");
    g.writeStartArray();
    for (SourceRef s : i.sources()) {
      g.writeStartObject();
      g.writeStringField("doc", s.doc());
      writeDate(g, "published", s.published());
      g.writeStringField("url", s.url());
      g.writeStringField("title", s.title());
      g.writeStringField("evidence", s.evidence());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("confidence", i.confidence());
    writeId(g, "date_precision", i.datePrecision());
    writeId(g, "actor_basis", i.actorBasis());
    writeRange(g, "projectiles_range", i.projectilesRange());
    writeRange(g, "killed_range", i.killedRange());
    writeRange(g, "injured_range", i.injuredRange());
    g.writeEndObject();
  }

  private static void writeDate(JsonGenerator g, String name, LocalDate d) throws IOException {
    g.writeStringField(name, d == null ? null : d.toString());
  }

  private static void writeDouble(JsonGenerator g, String name, Double d) throws IOException {
    g.writeFieldName(name);
    if (d == null) {
      g.writeNull();
    } else {
      g.writeNumber(d.doubleValue());
    }
  }

  private static void writeInteger(JsonGenerator g, String name, Integer n) throws IOException {
    g.writeFieldName(name);
    if (n == null) {
      g.writeNull();
    } else {
      g.writeNumber(n.intValue());
    }
  }

  private static void writeId(JsonGenerator g, String name, JsonId v) throws IOException {
    g.writeStringField(name, v == null ? null : v.id());
  }

  private static void writeRange(JsonGenerator g, String name, IntRange r) throws IOException {
    if (r != null) {
      g.writeObjectFieldStart(name);
      g.writeNumberField("min", r.min());
      g.writeNumberField("max", r.max());
      g.writeEndObject();
    }
  }

  /** Jackson's default layout ({@code "key" : value}, arrays on one line) with {@code \n} on every platform. */
  static DefaultPrettyPrinter layout() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** Writes the incidents atomically to file. */
  public static void write(IncidentSet set, Path file) {
    write(set.incidents(), file);
  }

  /**
   * Streams the incidents atomically to file (UTF-8): a temporary file in the same folder, then a move.
   *
   * @param incidents the incidents, not null; iterated once
   * @param file the target, not null; its folder must exist
   * @throws SitrepException naming the file when it cannot be written (the old file, if any, is left as it was)
   */
  public static void write(Iterable<Incident> incidents, Path file) {
    OutputFiles.write(file, out -> write(incidents, utf8(out)));
  }

  /** A buffered UTF-8 writer on out (lone surrogates become '?', as with String.getBytes). */
  static Writer utf8(java.io.OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
  }

  /**
   * Reads an incidents file.
   *
   * @throws SitrepException naming the file, line and column when it is missing, truncated or has a wrong field
   */
  public static IncidentSet read(Path file) {
    return IncidentJsonReader.read(file);
  }
}
