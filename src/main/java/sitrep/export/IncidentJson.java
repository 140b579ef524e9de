package sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.OutputStream;
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
 * UTF-8, with a final newline, in the layout of Jackson's default pretty printer, and is streamed one incident at a
 * time as bytes ({@link JsonOut}), so writing never holds the whole file in memory. Reading streams too: see
 * {@link IncidentJsonReader}.
 */
public final class IncidentJson {
  /** Plain streaming: the records are written and read field by field, without data binding. */
  static final JsonFactory FACTORY = new JsonFactory();


  private IncidentJson() {}

  /** The incidents as JSON text: the bytes {@link #write(IncidentSet, Path)} writes, decoded. */
  public static String toJson(IncidentSet set) {
    return Utf8Out.toText(out -> write(set.incidents(), out));
  }

  /**
   * Streams the incidents as UTF-8 JSON text to out, one at a time, in iteration order. The stream is flushed, not
   * closed.
   *
   * @param incidents the incidents, not null; iterated once
   * @param out the target, not null
   * @throws IOException when out fails
   */
  public static void write(Iterable<Incident> incidents, OutputStream out) throws IOException {
    JsonOut g = new JsonOut(out, false);
    g.startObject();
    g.field("incidents");
    g.startArray();
    for (Incident incident : incidents) {
      writeIncident(g, incident);
    }
    g.endArray();
    g.endObject();
    g.ascii('\n');
    g.flush();
  }

  /**
   * One incident, field by field, in the order and form Jackson's data binding gives the records (plain components
   * in declaration order, then the renamed ones; a range only when there is one), without its per-value cost.
   * IncidentJsonTest checks the bytes against data binding.
   */
  private static void writeIncident(JsonOut g, Incident i) throws IOException {
    g.startObject();
    g.stringField("id", i.id());
    writeDate(g, "date", i.date());
    Place p = i.place();
    g.field("place");
    if (p == null) {
      g.nullValue();
    } else {
      g.startObject();
      g.stringField("name", p.name());
      writeDouble(g, "lat", p.lat());
      writeDouble(g, "lon", p.lon());
      g.stringField("country", p.country());
      g.stringField("admin1", p.admin1());
      writeId(g, "precision", p.precision());
      g.stringField("gazetteer_id", p.gazetteerId());
      g.endObject();
    }
    writeId(g, "weapon", i.weapon());
    writeInteger(g, "projectiles", i.projectiles());
    writeInteger(g, "killed", i.killed());
    writeInteger(g, "injured", i.injured());
    g.stringField("actor", i.actor());
    g.stringField("target", i.target());
    g.field("sources");
    g.startArray();
    for (SourceRef s : i.sources()) {
      g.startObject();
      g.stringField("doc", s.doc());
      writeDate(g, "published", s.published());
      g.stringField("url", s.url());
      g.stringField("title", s.title());
      g.stringField("evidence", s.evidence());
      g.numberField("start", s.start());
      g.numberField("end", s.end());
      g.endObject();
    }
    g.endArray();
    g.numberField("confidence", i.confidence());
    writeId(g, "date_precision", i.datePrecision());
    writeId(g, "actor_basis", i.actorBasis());
    writeRange(g, "projectiles_range", i.projectilesRange());
    writeRange(g, "killed_range", i.killedRange());
    writeRange(g, "injured_range", i.injuredRange());
    g.endObject();
  }

  private static void writeDate(JsonOut g, String name, LocalDate d) throws IOException {
    g.stringField(name, d == null ? null : d.toString());
  }

  private static void writeDouble(JsonOut g, String name, Double d) throws IOException {
    g.field(name);
    if (d == null) {
      g.nullValue();
    } else {
      g.number(d.doubleValue());
    }
  }

  private static void writeInteger(JsonOut g, String name, Integer n) throws IOException {
    g.field(name);
    if (n == null) {
      g.nullValue();
    } else {
      g.number(n.intValue());
    }
  }

  private static void writeId(JsonOut g, String name, JsonId v) throws IOException {
    g.stringField(name, v == null ? null : v.id());
  }

  private static void writeRange(JsonOut g, String name, IntRange r) throws IOException {
    if (r != null) {
      g.field(name);
      g.startObject();
      g.numberField("min", r.min());
      g.numberField("max", r.max());
      g.endObject();
    }
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
    OutputFiles.write(file, out -> write(incidents, out));
  }

  /**
   * Reads an incidents file.
   *
   * @throws SitrepException naming the file, line and column when it is missing, truncated or has a wrong field
   */
  public static IncidentSet read(Path file) {
    return IncidentJsonReader.read(file);
  }

  /**
   * Reads an incidents file on a thread of its own: the set comes back at once and its incidents arrive as they
   * are read. Going over them in order waits for each; their number ({@code size()}) waits for the last. For a
   * consumer that starts with the first incidents (the exports) while the rest are read.
   *
   * @throws SitrepException when the file is missing; a problem inside the file (named as by {@link #read}) is
   *     thrown to whoever goes over the incidents up to it
   */
  public static IncidentSet readArriving(Path file) {
    return IncidentJsonReader.readArriving(file);
  }
}
