package sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.SitrepException;

/**
 * A manifest CSV (SPEC.md): header with a required {@code file} column and optional {@code published, url, title,
 * source}. Bad rows are reported as issues naming the line and skipped; the rest of the manifest is used.
 */
public final class Manifest {
  private final Path folder;
  private final Map<Path, ManifestEntry> byFile;

  private Manifest(Path folder, Map<Path, ManifestEntry> byFile) {
    this.folder = folder;
    this.byFile = byFile;
  }

  /** An empty manifest. */
  public static Manifest empty() {
    return new Manifest(Path.of("."), Map.of());
  }

  /** The manifest's folder; file paths are relative to it. */
  public Path folder() {
    return folder;
  }

  /** The entry for a file, looked up by its normalised absolute path. */
  public Optional<ManifestEntry> entryFor(Path file) {
    return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
  }

  /** All entries by absolute file path, in file order. */
  public Map<Path, ManifestEntry> entries() {
    return byFile;
  }

  /**
   * Reads a manifest.
   *
   * @throws SitrepException when the file cannot be read at all
   */
  public static Manifest read(Path manifest, Diagnostics diagnostics) {
    String text;
    try {
      text = TextDecoder.decode(Files.readAllBytes(manifest)).text();
    } catch (IOException e) {
      throw new SitrepException("cannot read manifest " + manifest + ": " + e.getMessage(), e);
    }
    String name = manifest.toString();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int unclosed = parseCsv(text, rows, lines);
    if (unclosed > 0) {
      diagnostics.report("manifest-unclosed-quote", name, unclosed,
          "a quoted field opens here and is never closed; the rest of the manifest is read as one field");
    }
    Path folder = manifest.toAbsolutePath().normalize().getParent();
    if (rows.isEmpty()) {
      diagnostics.report("manifest-empty", name, 1, "manifest is empty; publication dates will be read from the texts");
      return new Manifest(folder, Map.of());
    }
    List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    int fileCol = header.indexOf("file");
    if (fileCol < 0) {
      diagnostics.report("manifest-no-file-column", name, 1,
          "manifest header has no 'file' column (found " + header + "); the manifest is ignored");
      return new Manifest(folder, Map.of());
    }
    int pubCol = header.indexOf("published");
    int urlCol = header.indexOf("url");
    int titleCol = header.indexOf("title");
    int sourceCol = header.indexOf("source");
    Map<Path, ManifestEntry> byFile = new LinkedHashMap<>();
    Map<Path, Integer> firstLine = new HashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int line = lines.get(r);
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() < header.size()) {
        diagnostics.report("manifest-column-count", name, line, "row has " + row.size() + " of the "
            + header.size() + " columns (missing: " + String.join(", ", header.subList(row.size(), header.size()))
            + "); the missing values are taken as empty");
      } else if (row.size() > header.size()) {
        diagnostics.report("manifest-column-count", name, line, "row has " + row.size() + " fields but the header has "
            + header.size() + " (an unquoted comma?); the extra fields are ignored");
      }
      String file = cell(row, fileCol);
      if (file == null) {
        diagnostics.report("manifest-bad-row", name, line, "row has no file name; row skipped");
        continue;
      }
      LocalDate published = null;
      String pub = cell(row, pubCol);
      if (pub != null) {
        published = parseDate(pub);
        if (published == null) {
          diagnostics.report("manifest-bad-date", name, line,
              "published '" + pub + "' is not a date (expected YYYY-MM-DD); the date will be read from the text");
        }
      }
      Path path = folder.resolve(file).normalize();
      if (!Files.isRegularFile(path)) {
        diagnostics.report("manifest-missing-file", name, line, "file '" + file + "' does not exist; row skipped");
        continue;
      }
      if (firstLine.containsKey(path)) {
        diagnostics.report("manifest-duplicate-row", name, line,
            "file '" + file + "' is already listed on line " + firstLine.get(path) + "; this row is ignored");
        continue;
      }
      firstLine.put(path, line);
      byFile.put(path, new ManifestEntry(file, published, cell(row, urlCol), cell(row, titleCol), cell(row, sourceCol), line));
    }
    return new Manifest(folder, java.util.Collections.unmodifiableMap(byFile));
  }

  /** Parses YYYY-MM-DD or an ISO date-time; null when it is neither. */
  static LocalDate parseDate(String s) {
    String t = s.trim();
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      // try the date-time forms below
    }
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // try without offset
    }
    try {
      return LocalDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String cell(List<String> row, int col) {
    if (col < 0 || col >= row.size()) {
      return null;
    }
    String v = row.get(col).trim();
    return v.isEmpty() ? null : v;
  }

  /**
   * RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines. Records the start line of each row.
   *
   * @return the line where a quoted field opens that is never closed, 0 when every quote is closed
   */
  static int parseCsv(String text, List<List<String>> rows, List<Integer> lines) {
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int quoteLine = 0;
    int line = 1;
    int rowLine = 1;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
        any = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          row.add(cell.toString());
          rows.add(row);
          lines.add(rowLine);
        }
        row = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        rowLine = line;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
      lines.add(rowLine);
    }
    return quoted ? quoteLine : 0;
  }
}
