package sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import sitrep.model.IncidentSet;
import sitrep.pipeline.OutputFiles;
import sitrep.pipeline.SitrepException;

/** Reads and writes incidents.json (SPEC.md). Output is pretty-printed, UTF-8, with a final newline. */
public final class IncidentJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private IncidentJson() {}

  /** The incidents as JSON text. */
  public static String toJson(IncidentSet set) {
    try {
      return MAPPER.writeValueAsString(set).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new SitrepException("cannot serialise incidents: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes the incidents atomically to file. */
  public static void write(IncidentSet set, Path file) {
    byte[] bytes = toJson(set).getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(file, out -> out.write(bytes));
  }

  /**
   * Reads an incidents file.
   *
   * @throws SitrepException naming the file, line and column when it is missing, truncated or has a wrong field
   */
  public static IncidentSet read(Path file) {
    try {
      return MAPPER.readValue(Files.readAllBytes(file), IncidentSet.class);
    } catch (NoSuchFileException e) {
      throw new SitrepException("incidents file " + file + " does not exist");
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new SitrepException("incidents file " + file + where + ": " + e.getOriginalMessage()
          + " (expected the incidents.json format of SPEC.md)", e);
    } catch (IllegalArgumentException e) {
      throw new SitrepException("incidents file " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SitrepException("cannot read incidents file " + file + ": " + e.getMessage(), e);
    }
  }
}
