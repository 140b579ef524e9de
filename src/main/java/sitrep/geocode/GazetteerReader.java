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

  /**
   * Reads the whole stream, un-gzipped when it starts with the gzip magic. A read error names the line it stopped in
   * (the lines before it were read).
   */
  static byte[] readAll(InputStream in, String name) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
    try {
      BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
      b.mark(2);
      int m1 = b.read();
      int m2 = b.read();
      b.reset();
      InputStream data = (m1 == 0x1f && m2 == 0x8b) ? new GZIPInputStream(b, 1 << 16) : b;
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = data.read(buf)) > 0) {
        out.write(buf, 0, r);
      }
      return out.toByteArray();
    } catch (IOException e) {
      byte[] got = out.toByteArray();
      int line = 1;
      for (byte x : got) {
        if (x == '\n') {
          line++;
        }
      }
      throw new SitrepException(name + " line " + line + ": cannot read (" + e.getMessage()
          + "); is the file truncated or not gzip?", e);
    }
  }

  /**
   * Reads the places file. Works on the UTF-8 bytes: fields are decoded one by one, coordinates parsed without
   * making strings, and the aliases field is split only when first used ({@link AliasList}); this is most of the
   * gazetteer's load time.
   */
  static List<GazetteerEntry> readPlaces(InputStream in, String name) {
    byte[] b = readAll(in, name);
    int pos = 0;
    int n = b.length;
    int lineEnd = lineEnd(b, 0);
    if (n == 0) {
      throw new SitrepException(name + " is empty: expected a header line with " + String.join(", ", PLACE_COLUMNS));
    }
    String header = new String(b, 0, contentEnd(b, 0, lineEnd), StandardCharsets.UTF_8);
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
    List<GazetteerEntry> out = new ArrayList<>(1 << 16);
    Map<String, Integer> seenIds = new HashMap<>(1 << 17);
    int[] fs = new int[needed];
    int[] fe = new int[needed];
    int lineNo = 1;
    pos = lineEnd + 1;
    while (pos < n) {
      lineEnd = lineEnd(b, pos);
      int end = contentEnd(b, pos, lineEnd);
      lineNo++;
      int lineStart = pos;
      pos = lineEnd + 1;
      if (end == lineStart || b[lineStart] == '#' || blank(b, lineStart, end)) {
        continue; // blank lines and # comments
      }
      int count = 0;
      int from = lineStart;
      while (true) {
        int tab = from;
        while (tab < end && b[tab] != '\t') {
          tab++;
        }
        if (count < needed) {
          fs[count] = from;
          fe[count] = tab;
        }
        count++;
        if (tab >= end) {
          break;
        }
        from = tab + 1;
      }
      if (count < needed) {
        throw new SitrepException(name + " line " + lineNo + ": expected " + needed + " tab-separated columns, found "
            + count + " (is a tab missing, or a field broken over two lines?)");
      }
      if (count > needed) {
        throw new SitrepException(name + " line " + lineNo + ": expected " + needed + " tab-separated columns, found "
            + "more (a tab inside a field?)");
      }
      String id = field(b, fs, fe, cId);
      if (id.isEmpty()) {
        throw new SitrepException(name + " line " + lineNo + ": id is empty");
      }
      Integer prev = seenIds.put(id, lineNo);
      if (prev != null) {
        throw new SitrepException(name + " line " + lineNo + ": id '" + id + "' already used on line " + prev
            + " (ids must be unique)");
      }
      String kind = field(b, fs, fe, cKind);
      double lat = number(b, fs[cLat], fe[cLat], "lat", name, lineNo);
      double lon = number(b, fs[cLon], fe[cLon], "lon", name, lineNo);
      if (!(lat >= -90 && lat <= 90)) {
        throw new SitrepException(name + " line " + lineNo + ": lat " + raw(b, fs, fe, cLat) + " is outside [-90, 90]");
      }
      if (!(lon >= -180 && lon <= 180)) {
        throw new SitrepException(name + " line " + lineNo + ": lon " + raw(b, fs, fe, cLon)
            + " is outside [-180, 180]");
      }
      PlacePrecision precision;
      String p = cPrec < 0 ? "" : field(b, fs, fe, cPrec);
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
      if (cPop >= 0 && fe[cPop] > fs[cPop]) {
        population = integer(b, fs[cPop], fe[cPop]);
        if (population < 0) {
          String pop = field(b, fs, fe, cPop);
          if (!pop.isEmpty()) {
            try {
              population = Long.parseLong(pop);
            } catch (NumberFormatException e) {
              population = (long) number(pop, "population", name, lineNo);
            }
            if (population < 0) {
              throw new SitrepException(name + " line " + lineNo + ": population " + pop + " is negative");
            }
          } else {
            population = 0;
          }
        }
      }
      List<String> aliases = cAliases < 0 || fe[cAliases] == fs[cAliases]
          ? List.of() : new AliasList(raw(b, fs, fe, cAliases));
      try {
        out.add(new GazetteerEntry(id, field(b, fs, fe, cName), kind.isEmpty() ? "other" : kind, precision, lat, lon,
            cCountry < 0 ? "" : field(b, fs, fe, cCountry), cAdmin1 < 0 ? "" : field(b, fs, fe, cAdmin1), population,
            aliases));
      } catch (IllegalArgumentException e) {
        throw new SitrepException(name + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static int lineEnd(byte[] b, int from) {
    int i = from;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The end of a line's content, without a trailing carriage return. */
  private static int contentEnd(byte[] b, int from, int lineEnd) {
    return lineEnd > from && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String raw(byte[] b, int[] fs, int[] fe, int c) {
    return new String(b, fs[c], fe[c] - fs[c], StandardCharsets.UTF_8);
  }

  private static String field(byte[] b, int[] fs, int[] fe, int c) {
    int s = fs[c];
    int e = fe[c];
    while (s < e && (b[s] & 0xff) <= ' ') {
      s++;
    }
    while (e > s && (b[e - 1] & 0xff) <= ' ') {
      e--;
    }
    return s == e ? "" : new String(b, s, e - s, StandardCharsets.UTF_8);
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
      1e15};

  /**
   * A decimal like {@code -33.78562}, parsed without a string. With at most 15 digits the digits form an exact
   * integer and one division by an exact power of ten rounds once, so the result equals {@link Double#parseDouble};
   * anything else goes through it.
   */
  private static double number(byte[] b, int s, int e, String column, String name, int lineNo) {
    int i = s;
    boolean neg = false;
    if (i < e && (b[i] == '-' || b[i] == '+')) {
      neg = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int scale = -1;
    boolean ok = i < e;
    for (; i < e; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        m = m * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        ok = false;
        break;
      }
    }
    if (ok && digits > 0 && digits <= 15) {
      double d = scale > 0 ? m / POW10[scale] : m;
      return neg ? -d : d;
    }
    return number(new String(b, s, e - s, StandardCharsets.UTF_8), column, name, lineNo);
  }

  /** A non-negative integer of at most 18 digits, or -1 when the field is anything else. */
  private static long integer(byte[] b, int s, int e) {
    if (e - s > 18) {
      return -1;
    }
    long v = 0;
    for (int i = s; i < e; i++) {
      byte c = b[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
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

  /** Reads {@code aliases.csv} ({@code id,aliases}, aliases {@code |}-separated): entry id to aliases. */
  static Map<String, List<String>> readAliases(InputStream in, String name) {
    BufferedReader r = open(in, name);
    CsvRecords csv = new CsvRecords(r, name);
    List<String> header = csv.next();
    if (header == null) {
      return Map.of();
    }
    Map<String, List<String>> out = new HashMap<>();
    List<String> row;
    while ((row = csv.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != 2) {
        throw new SitrepException(name + " line " + csv.recordLine() + ": expected 2 fields (id,aliases), found "
            + row.size());
      }
      out.computeIfAbsent(row.get(0).trim(), k -> new ArrayList<>()).addAll(splitAliases(row.get(1)));
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
