package sitrep.geocode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small fixture gazetteer in src/test/resources/geocode/, loaded once per JVM. */
final class Fixtures {

  private static Gazetteer gazetteer;

  private Fixtures() {}

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      try (InputStream p = resource("places.tsv"); InputStream a = resource("actors.csv")) {
        gazetteer = Gazetteer.load(p, "places.tsv", a, "actors.csv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gazetteer;
  }

  static InputStream resource(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/geocode/" + name);
    if (in == null) {
      throw new IllegalStateException("test resource /geocode/" + name + " is missing");
    }
    return in;
  }
}
