package sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
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
 * {@code \n} line ends and a final newline (the layout of Jackson's default pretty printer with indented arrays,
 * written by {@link JsonOut}): same input, same bytes.
 */
public final class IncidentGeoJson {
  private IncidentGeoJson() {}

  /**
   * The located incidents as GeoJSON text: the bytes {@link #write(IncidentSet, Path)} writes, decoded.
   *
   * @param set the incidents, not null
   */
  public static String toGeoJson(IncidentSet set) {
    return Utf8Out.toText(out -> write(set.incidents(), out));
  }

  /**
   * Streams the FeatureCollection of the located incidents to out as UTF-8, one feature at a time, in iteration
   * order. The stream is flushed, not closed.
   *
   * @param incidents the incidents, not null; iterated once
   * @param out the target, not null
   * @throws IOException when out fails
   */
  public static void write(Iterable<Incident> incidents, OutputStream out) throws IOException {
    JsonOut g = new JsonOut(out, true);
    g.startObject();
    g.stringField("type", "FeatureCollection");
    g.field("features");
    g.startArray();
    for (Incident incident : incidents) {
      if (incident.place() == null || !incident.place().located()) {
        continue;
      }
      writeFeature(g, incident);
    }
    g.endArray();
    g.endObject();
    g.ascii('\n');
    g.flush();
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
    OutputFiles.write(file, out -> write(incidents, out));
  }

  private static void writeFeature(JsonOut g, Incident incident) throws IOException {
    g.startObject();
    g.stringField("type", "Feature");
    g.stringField("id", incident.id());
    g.field("geometry");
    g.startObject();
    g.stringField("type", "Point");
    g.field("coordinates");
    g.startArray();
    g.rawNumber(IncidentFields.decimal(incident.place().lon()));
    g.rawNumber(IncidentFields.decimal(incident.place().lat()));
    g.endArray();
    g.endObject();
    g.field("properties");
    g.startObject();
    for (IncidentFields.Field f : IncidentFields.of(incident)) {
      g.field(f.name());
      if (f.value() == null) {
        g.nullValue();
        continue;
      }
      switch (f.kind()) {
        case NUMBER -> g.rawNumber((String) f.value());
        case LIST -> {
          @SuppressWarnings("unchecked")
          List<String> items = (List<String>) f.value();
          g.startArray();
          for (String item : items) {
            g.string(item);
          }
          g.endArray();
        }
        default -> g.string((String) f.value());
      }
    }
    g.endObject();
    g.endObject();
  }
}
