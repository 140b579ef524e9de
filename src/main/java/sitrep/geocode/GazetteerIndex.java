package sitrep.geocode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The precomputed name keys of a places file ({@code gazetteer/places.keys.gz}), so that loading the gazetteer does
 * not normalise ~200,000 names: for every entry, the key of its main name and every name to index (token skeletons,
 * exact key, acronym flag), exactly as {@link Gazetteer} computes them.
 *
 * <p>The file names the places file it was made from by the CRC-32 of its bytes; a stale or missing index is ignored
 * (the keys are then computed at load, which is slower but gives the same gazetteer). {@code GazetteerIndexTest}
 * checks that the committed index matches the committed places file. Regenerate after {@code gazetteer/build.sh} or a
 * change to {@link NameNormalizer} or to the indexing rules in {@link Gazetteer}:
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/classes sitrep.geocode.GazetteerIndex gazetteer/places.tsv.gz gazetteer/places.keys.gz
 * </pre>
 *
 * <p>Format (gzip): magic {@code SGK1}, CRC-32 of the places file (8 bytes), entry count, a string table (UTF-8,
 * length-prefixed), then per entry the primary key and its names as string-table numbers; integers are unsigned
 * LEB128 varints.
 */
public final class GazetteerIndex {

  /** Classpath location of the bundled index. */
  public static final String BUNDLED = "/gazetteer/places.keys.gz";

  private static final byte[] MAGIC = {'S', 'G', 'K', '1'};

  private GazetteerIndex() {}

  /** CRC-32 of a places file's bytes (as stored: gzip or plain). */
  static long crc(byte[] placesFile) {
    CRC32 c = new CRC32();
    c.update(placesFile, 0, placesFile.length);
    return c.getValue();
  }

  /** Writes the index of {@code entries}, read from a places file with checksum {@code placesCrc}. */
  static void write(List<GazetteerEntry> entries, long placesCrc, OutputStream out) throws IOException {
    Gazetteer.EntryKeys[] keys = Gazetteer.computeKeys(entries);
    Map<String, Integer> ids = new HashMap<>();
    List<String> strings = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
    for (Gazetteer.EntryKeys k : keys) {
      varint(body, intern(k.primary(), ids, strings));
      varint(body, k.names().size());
      for (NameIndex.Name n : k.names()) {
        body.write(n.acronym() ? 1 : 0);
        varint(body, intern(n.exact(), ids, strings));
        varint(body, n.skeletons().length);
        for (String s : n.skeletons()) {
          varint(body, intern(s, ids, strings));
        }
      }
    }
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(gz);
    d.write(MAGIC);
    d.writeLong(placesCrc);
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    varint(head, entries.size());
    varint(head, strings.size());
    for (String s : strings) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(head, b.length);
      head.write(b);
    }
    head.writeTo(d);
    body.writeTo(d);
    d.flush();
    gz.finish();
  }

  private static int intern(String s, Map<String, Integer> ids, List<String> strings) {
    Integer id = ids.get(s);
    if (id == null) {
      id = strings.size();
      ids.put(s, id);
      strings.add(s);
    }
    return id;
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  /**
   * Reads an index; null when it was made from a different places file ({@code placesCrc}) or for a different
   * number of entries ({@code entryCount}, -1 for any), or is not an index at all, so the caller computes the keys.
   */
  static Gazetteer.EntryKeys[] read(InputStream in, long placesCrc, int entryCount) throws IOException {
    byte[] b;
    try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
      b = gz.readAllBytes();
    } catch (java.util.zip.ZipException e) {
      return null;
    }
    if (b.length < 12 || b[0] != MAGIC[0] || b[1] != MAGIC[1] || b[2] != MAGIC[2] || b[3] != MAGIC[3]) {
      return null;
    }
    long crc = 0;
    for (int i = 4; i < 12; i++) {
      crc = (crc << 8) | (b[i] & 0xff);
    }
    if (crc != placesCrc) {
      return null;
    }
    Reader r = new Reader(b, 12);
    int count = r.varint();
    if (entryCount >= 0 && count != entryCount) {
      return null;
    }
    entryCount = count;
    String[] strings = new String[r.varint()];
    for (int i = 0; i < strings.length; i++) {
      int len = r.varint();
      strings[i] = new String(b, r.pos, len, StandardCharsets.UTF_8);
      r.pos += len;
    }
    Gazetteer.EntryKeys[] out = new Gazetteer.EntryKeys[entryCount];
    for (int e = 0; e < entryCount; e++) {
      String primary = strings[r.varint()];
      int n = r.varint();
      NameIndex.Name[] names = new NameIndex.Name[n];
      for (int k = 0; k < n; k++) {
        boolean acronym = b[r.pos++] != 0;
        String exact = strings[r.varint()];
        String[] sk = new String[r.varint()];
        for (int t = 0; t < sk.length; t++) {
          sk[t] = strings[r.varint()];
        }
        names[k] = new NameIndex.Name(sk, exact, acronym);
      }
      out[e] = new Gazetteer.EntryKeys(primary, java.util.Arrays.asList(names));
    }
    if (r.pos != b.length) {
      return null;
    }
    return out;
  }

  private static final class Reader {
    final byte[] b;
    int pos;

    Reader(byte[] b, int pos) {
      this.b = b;
      this.pos = pos;
    }

    int varint() {
      int v = 0;
      int shift = 0;
      while (true) {
        int x = b[pos++];
        v |= (x & 0x7f) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
        shift += 7;
      }
    }
  }

  /**
   * Writes the index for a places file: {@code GazetteerIndex PLACES_TSV_GZ OUT_KEYS_GZ}. The output is written to a
   * temporary file and moved into place; same input, same bytes.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GazetteerIndex PLACES.tsv.gz OUT.keys.gz");
      System.exit(2);
    }
    byte[] places = Files.readAllBytes(Path.of(args[0]));
    List<GazetteerEntry> entries =
        GazetteerReader.readPlaces(new java.io.ByteArrayInputStream(places), args[0]);
    Path out = Path.of(args[1]);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      write(entries, crc(places), o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(args[1] + ": keys of " + entries.size() + " places");
  }
}
