package sitrep.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.pipeline.SitrepException;

/**
 * Reads incidents.json one incident at a time with Jackson's streaming parser (databind per incident), so the
 * file is never held in memory as bytes or as a tree. Errors name the file, the line and column, and the path of
 * the field ({@code incidents[12].place.lat}); fields not in SPEC.md are ignored.
 */
final class IncidentJsonReader {
  private static final ObjectReader INCIDENT = IncidentJson.MAPPER.readerFor(Incident.class);

  private IncidentJsonReader() {}

  /** Reads the whole file into a set, in file order. */
  static IncidentSet read(Path file) {
    List<Incident> incidents = new ArrayList<>();
    forEach(file, incidents::add);
    return new IncidentSet(incidents);
  }

  /**
   * Reads the file and hands each incident to sink, in file order.
   *
   * @throws SitrepException naming the file, line, column and field when it is missing, not JSON, truncated, or
   *     has a field of the wrong type or out of range
   */
  static void forEach(Path file, Consumer<Incident> sink) {
    int[] index = {-1};
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = IncidentJson.MAPPER.createParser(in)) {
      JsonToken root = p.nextToken();
      if (root == null) {
        throw problem(file, p.currentLocation(), "the file is empty");
      }
      if (root != JsonToken.START_OBJECT) {
        throw problem(file, p.currentTokenLocation(), "expected an object {\"incidents\": [...]}, found "
            + describe(p));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!name.equals("incidents")) {
          p.skipChildren();
          continue;
        }
        if (value == JsonToken.VALUE_NULL) {
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw problem(file, p.currentTokenLocation(), "incidents: expected an array, found " + describe(p));
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          index[0]++;
          if (p.currentToken() == null) {
            throw problem(file, p.currentLocation(), "the file ends inside incidents[" + index[0] + "] (truncated?)");
          }
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw problem(file, p.currentTokenLocation(), "incidents[" + index[0] + "]: expected an object, found "
                + describe(p));
          }
          sink.accept(INCIDENT.readValue(p));
        }
        index[0] = -1;
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw problem(file, p.currentLocation(), "the file ends before the closing '}' (truncated?)");
      }
    } catch (NoSuchFileException e) {
      throw new SitrepException("incidents file " + file + " does not exist");
    } catch (JsonProcessingException e) {
      throw new SitrepException("incidents file " + file + where(e.getLocation()) + ": " + path(index[0], e)
          + e.getOriginalMessage() + " (expected the incidents.json format of SPEC.md)", e);
    } catch (IllegalArgumentException e) {
      throw new SitrepException("incidents file " + file + ": " + path(index[0], null) + e.getMessage(), e);
    } catch (IOException e) {
      throw new SitrepException("cannot read incidents file " + file + ": " + e.getMessage(), e);
    }
  }

  private static SitrepException problem(Path file, JsonLocation at, String message) {
    return new SitrepException("incidents file " + file + where(at) + ": " + message
        + " (expected the incidents.json format of SPEC.md)");
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** "incidents[3].place.lat: " for the field that failed, "" outside the incidents array. */
  private static String path(int index, JsonProcessingException e) {
    if (index < 0) {
      return "";
    }
    StringBuilder s = new StringBuilder("incidents[").append(index).append(']');
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          s.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          s.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    return s.append(": ").toString();
  }

  private static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "the string \"" + p.getText() + "\"";
      case VALUE_NULL -> "null";
      default -> "'" + p.getText() + "'";
    };
  }
}
