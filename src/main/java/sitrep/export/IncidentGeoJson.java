package sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.pipeline.OutputFiles;

/**
 * Writes incidents.geojson: an RFC 7946 FeatureCollection with one Point feature per located incident, coordinates
 * {@code [lon, lat]} (WGS84), in set order. Incidents without coordinates are left out (they are in incidents.csv
 * and incidents.json). Each feature's {@code id} is the incident id and its {@code properties} are the
 * incidents.csv columns with JSON types: numbers as numbers, unknown values as null, {@code docs} and {@code urls}
 * as arrays (one entry per source; {@code ""} where a source has no URL). Output is pretty-printed UTF-8 with
 * {@code \n} line ends and a final newline: same input, same bytes.
 */
public final class IncidentGeoJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private IncidentGeoJson() {}

  /**
   * The located incidents as GeoJSON text (the bytes {@link #write(IncidentSet, Path)} writes, as a string).
   *
   * @param set the incidents, not null
   */
  public static String toGeoJson(IncidentSet set) {
    StringWriter out = new StringWriter();
    try {
      write(set.incidents(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Streams the FeatureCollection of the located incidents to out, one feature at a time, in iteration order. The
   * writer is flushed, not closed.
   *
   * @param incidents the incidents, not null; iterated once
   * @param out the target, not null
   * @throws IOException when out fails
   */
  public static void write(Iterable<Incident> incidents, Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Incident incident : incidents) {
        if (incident.place() == null || !incident.place().located()) {
          continue;
        }
        writeFeature(g, incident);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes the located incidents atomically to file.
   *
   * @param set the incidents, not null
   * @param file the target, not null; its folder must exist
   * @throws sitrep.pipeline.SitrepException naming the file when it cannot be written
   */
  public static void write(IncidentSet set, Path file) {
    write(set.incidents(), file);
  }

  /**
   * Streams the located incidents atomically to file (UTF-8): a temporary file in the same folder, then a move.
   *
   * @param incidents the incidents, not null; iterated once
   * @param file the target, not null; its folder must exist
   * @throws sitrep.pipeline.SitrepException naming the file when it cannot be written (the old file is kept)
   */
  public static void write(Iterable<Incident> incidents, Path file) {
    OutputFiles.write(file, out -> write(incidents, IncidentJson.utf8(out)));
  }

  private static void writeFeature(JsonGenerator g, Incident incident) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", incident.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeFieldName("coordinates");
    g.writeStartArray();
    g.writeNumber(IncidentFields.decimal(incident.place().lon()));
    g.writeNumber(IncidentFields.decimal(incident.place().lat()));
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    for (IncidentFields.Field f : IncidentFields.of(incident)) {
      g.writeFieldName(f.name());
      if (f.value() == null) {
        g.writeNull();
        continue;
      }
      switch (f.kind()) {
        case NUMBER -> g.writeNumber((String) f.value());
        case LIST -> {
          @SuppressWarnings("unchecked")
          List<String> items = (List<String>) f.value();
          g.writeStartArray();
          for (String item : items) {
            g.writeString(item);
          }
          g.writeEndArray();
        }
        default -> g.writeString((String) f.value());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
