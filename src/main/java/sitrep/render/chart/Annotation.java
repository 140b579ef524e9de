package sitrep.render.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sitrep.pipeline.SitrepException;

/**
 * A key date drawn as a labelled vertical marker on the timeline charts ("2024-01-28", "Tower 22").
 *
 * @param date the day, never null
 * @param label the text beside the marker, never blank (trimmed)
 */
public record Annotation(LocalDate date, String label) {
  /** Longest label kept; longer ones are cut with an ellipsis so they stay readable on a chart. */
  public static final int MAX_LABEL = 40;

  public Annotation {
    if (date == null) {
      throw new IllegalArgumentException("annotation has no date");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("annotation " + date + " has no label");
    }
    label = label.strip();
    if (label.length() > MAX_LABEL) {
      label = label.substring(0, MAX_LABEL - 1).strip() + "\u2026";
    }
  }

  /** Sorts by date, then label. */
  public static final Comparator<Annotation> ORDER =
      Comparator.comparing(Annotation::date).thenComparing(Annotation::label);

  /**
   * Parses {@code DATE=LABEL} (the form of the {@code --annotate} option); quotes around the label are removed.
   *
   * @param spec the text, never null
   * @throws IllegalArgumentException saying what is wrong and what was expected
   */
  public static Annotation parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("annotation '" + spec + "' is not DATE=LABEL (e.g. 2024-01-28=\"Tower 22\")");
    }
    return new Annotation(parseDate(spec.substring(0, eq).strip(), "annotation '" + spec + "'"),
        unquote(spec.substring(eq + 1).strip()));
  }

  /**
   * Reads a CSV file of {@code date,label} rows (an optional header line starting with "date" is skipped; blank
   * lines and lines starting with # are ignored; the label may be quoted and contain commas).
   *
   * @param file the file, never null
   * @return the annotations in file order
   * @throws SitrepException naming the file and line when it cannot be read or a row is not valid
   */
  public static List<Annotation> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SitrepException("cannot read annotations file " + file + ": " + e.getMessage(), e);
    }
    List<Annotation> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (n == 0 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")
          || (n == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date"))) {
        continue;
      }
      String where = "annotations file " + file + " line " + (n + 1);
      int comma = line.indexOf(',');
      if (comma < 0) {
        throw new SitrepException(where + ": '" + line + "' is not date,label");
      }
      try {
        out.add(new Annotation(parseDate(line.substring(0, comma).strip(), where), unquote(line.substring(comma + 1).strip())));
      } catch (IllegalArgumentException e) {
        throw new SitrepException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static LocalDate parseDate(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": '" + text + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }
}
