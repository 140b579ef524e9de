package sitrep.geocode;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import sitrep.model.PlacePrecision;
import sitrep.pipeline.SitrepException;

/**
 * Reads the gazetteer files: {@code places.tsv.gz} (tab-separated, header line, gzip or plain) and
 * {@code actors.csv} (RFC 4180 CSV with a header). Any malformed row is fatal: a {@link SitrepException} names the
 * file, the line and the bad value.
 */
final class GazetteerReader {

  static final List<String> PLACE_COLUMNS =
      List.of("id", "name", "kind", "precision", "lat", "lon", "country", "admin1", "population", "aliases", "source");

  private GazetteerReader() {}

  static BufferedReader open(InputStream in, String name) {
    try {
      BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
      b.mark(2);
      int m1 = b.read();
      int m2 = b.read();
      b.reset();
      InputStream data = (m1 == 0x1f && m2 == 0x8b) ? new GZIPInputStream(b, 1 << 16) : b;
      return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new SitrepException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  static List<GazetteerEntry> readPlaces(InputStream in, String name) {
    BufferedReader r = open(in, name);
    int lineNo = 0;
    try {
      String header = r.readLine();
      lineNo = 1;
      if (header == null) {
        throw new SitrepException(name + " is empty: expected a header line with " + String.join(", ", PLACE_COLUMNS));
      }
      if (header.startsWith("\ufeff")) {
        header = header.substring(1);
      }
      String[] cols = header.split("\t", -1);
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < cols.length; i++) {
        at.put(cols[i].trim().toLowerCase(java.util.Locale.ROOT), i);
      }
      for (String required : List.of("id", "name", "kind", "lat", "lon")) {
        if (!at.containsKey(required)) {
          throw new SitrepException(name + " line 1: the header has no '" + required + "' column (expected "
              + String.join(", ", PLACE_COLUMNS) + ")");
        }
      }
      int cId = at.get("id");
      int cName = at.get("name");
      int cKind = at.get("kind");
      int cLat = at.get("lat");
      int cLon = at.get("lon");
      int cPrec = at.getOrDefault("precision", -1);
      int cCountry = at.getOrDefault("country", -1);
      int cAdmin1 = at.getOrDefault("admin1", -1);
      int cPop = at.getOrDefault("population", -1);
      int cAliases = at.getOrDefault("aliases", -1);
      int needed = cols.length;
      List<GazetteerEntry> out = new ArrayList<>(1 << 17);
      Map<String, Integer> seenIds = new HashMap<>(1 << 18);
      String[] f = new String[needed];
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.charAt(0) == '#') {
          continue; // blank lines and # comments
        }
        int n = split(line, f);
        if (n < needed) {
          throw new SitrepException(name + " line " + lineNo + ": expected " + needed + " tab-separated columns, found "
              + n + " (is a tab missing, or a field broken over two lines?)");
        }
        if (n > needed) {
          throw new SitrepException(name + " line " + lineNo + ": expected " + needed + " tab-separated columns, found "
              + "more (a tab inside a field?)");
        }
        String id = f[cId].trim();
        if (id.isEmpty()) {
          throw new SitrepException(name + " line " + lineNo + ": id is empty");
        }
        Integer prev = seenIds.put(id, lineNo);
        if (prev != null) {
          throw new SitrepException(name + " line " + lineNo + ": id '" + id + "' already used on line " + prev
              + " (ids must be unique)");
        }
        String kind = f[cKind].trim();
        double lat = number(f[cLat], "lat", name, lineNo);
        double lon = number(f[cLon], "lon", name, lineNo);
        if (!(lat >= -90 && lat <= 90)) {
          throw new SitrepException(name + " line " + lineNo + ": lat " + f[cLat] + " is outside [-90, 90]");
        }
        if (!(lon >= -180 && lon <= 180)) {
          throw new SitrepException(name + " line " + lineNo + ": lon " + f[cLon] + " is outside [-180, 180]");
        }
        PlacePrecision precision;
        String p = cPrec < 0 ? "" : f[cPrec].trim();
        if (p.isEmpty()) {
          precision = defaultPrecision(kind);
        } else {
          try {
            precision = PlacePrecision.fromId(p);
          } catch (IllegalArgumentException e) {
            throw new SitrepException(name + " line " + lineNo + ": precision " + e.getMessage(), e);
          }
        }
        long population = 0;
        String pop = cPop < 0 ? "" : f[cPop].trim();
        if (!pop.isEmpty()) {
          try {
            population = Long.parseLong(pop);
          } catch (NumberFormatException e) {
            double d = number(pop, "population", name, lineNo);
            population = (long) d;
          }
          if (population < 0) {
            throw new SitrepException(name + " line " + lineNo + ": population " + pop + " is negative");
          }
        }
        List<String> aliases = cAliases < 0 ? List.of() : splitAliases(f[cAliases]);
        try {
          out.add(new GazetteerEntry(id, f[cName].trim(), kind.isEmpty() ? "other" : kind, precision, lat, lon,
              cCountry < 0 ? "" : f[cCountry].trim(), cAdmin1 < 0 ? "" : f[cAdmin1].trim(), population, aliases));
        } catch (IllegalArgumentException e) {
          throw new SitrepException(name + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new SitrepException(name + " line " + (lineNo + 1) + ": cannot read (" + e.getMessage()
          + "); is the file truncated or not gzip?", e);
    }
  }

  static PlacePrecision defaultPrecision(String kind) {
    return switch (kind) {
      case "country" -> PlacePrecision.COUNTRY;
      case "admin1", "region", "sea", "gulf" -> PlacePrecision.ADMIN1;
      case "city", "town", "village", "capital" -> PlacePrecision.CITY;
      default -> PlacePrecision.SITE;
    };
  }

  private static double number(String s, String column, String name, int lineNo) {
    try {
      double d = Double.parseDouble(s.trim());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new SitrepException(name + " line " + lineNo + ": " + column + " '" + s + "' is not a number");
    }
  }

  /** Splits on tabs into {@code out}; returns the number of fields (may exceed out.length). */
  private static int split(String line, String[] out) {
    int n = 0;
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      String field = tab < 0 ? line.substring(from) : line.substring(from, tab);
      if (n < out.length) {
        out[n] = field;
      }
      n++;
      if (tab < 0) {
        return n;
      }
      from = tab + 1;
    }
  }

  static List<String> splitAliases(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= s.length()) {
      int bar = s.indexOf('|', from);
      String a = (bar < 0 ? s.substring(from) : s.substring(from, bar)).trim();
      if (!a.isEmpty()) {
        out.add(a);
      }
      if (bar < 0) {
        break;
      }
      from = bar + 1;
    }
    return out;
  }

  static List<ActorEntry> readActors(InputStream in, String name) {
    BufferedReader r = open(in, name);
    CsvRecords csv = new CsvRecords(r, name);
    List<String> header = csv.next();
    if (header == null) {
      throw new SitrepException(name + " is empty: expected a header line id,name,kind,parent,aliases");
    }
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().toLowerCase(java.util.Locale.ROOT);
      if (i == 0 && h.startsWith("\ufeff")) {
        h = h.substring(1);
      }
      at.put(h, i);
    }
    for (String required : List.of("id", "name")) {
      if (!at.containsKey(required)) {
        throw new SitrepException(name + " line 1: the header has no '" + required
            + "' column (expected id,name,kind,parent,aliases)");
      }
    }
    List<ActorEntry> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> row;
    while ((row = csv.next()) != null) {
      int line = csv.recordLine();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new SitrepException(name + " line " + line + ": expected " + header.size() + " fields, found "
            + row.size() + " (quote fields that contain commas)");
      }
      String id = row.get(at.get("id")).trim();
      Integer prev = seen.put(id, line);
      if (prev != null) {
        throw new SitrepException(name + " line " + line + ": id '" + id + "' already used on line " + prev);
      }
      try {
        out.add(new ActorEntry(id, row.get(at.get("name")).trim(), field(row, at, "kind"), field(row, at, "parent"),
            splitAliases(field(row, at, "aliases"))));
      } catch (IllegalArgumentException e) {
        throw new SitrepException(name + " line " + line + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String field(List<String> row, Map<String, Integer> at, String column) {
    Integer i = at.get(column);
    return i == null ? "" : row.get(i).trim();
  }

  /** A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. */
  static final class CsvRecords {
    private final BufferedReader reader;
    private final String name;
    private int line;
    private int recordLine;

    CsvRecords(BufferedReader reader, String name) {
      this.reader = reader;
      this.name = name;
    }

    int recordLine() {
      return recordLine;
    }

    List<String> next() {
      try {
        String l = reader.readLine();
        line++;
        while (l != null && line > 1 && (l.isBlank() || l.charAt(0) == '#')) {
          l = reader.readLine(); // blank lines and # comments after the header
          line++;
        }
        if (l == null) {
          return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
          if (i >= l.length()) {
            if (quoted) {
              String more = reader.readLine();
              if (more == null) {
                throw new SitrepException(name + " line " + recordLine + ": a quoted field is not closed");
              }
              line++;
              cur.append('\n');
              l = more;
              i = 0;
              continue;
            }
            fields.add(cur.toString());
            return fields;
          }
          char c = l.charAt(i);
          if (quoted) {
            if (c == '"') {
              if (i + 1 < l.length() && l.charAt(i + 1) == '"') {
                cur.append('"');
                i += 2;
                continue;
              }
              quoted = false;
            } else {
              cur.append(c);
            }
          } else if (c == '"' && cur.length() == 0) {
            quoted = true;
          } else if (c == ',') {
            fields.add(cur.toString());
            cur.setLength(0);
          } else if (c == '"') {
            throw new SitrepException(name + " line " + line + ": stray quote in an unquoted field (column "
                + (fields.size() + 1) + ")");
          } else {
            cur.append(c);
          }
          i++;
        }
      } catch (IOException e) {
        throw new SitrepException(name + " line " + (line + 1) + ": cannot read (" + e.getMessage() + ")", e);
      }
    }
  }
}
