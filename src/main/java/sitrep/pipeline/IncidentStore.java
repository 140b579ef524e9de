package sitrep.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/**
 * Incidents kept on disk instead of on the heap: extraction appends every document's incidents as they are found,
 * merge and the outputs read them back one at a time. A large corpus then holds only the small merge keys in memory
 * (see {@link Pipeline}); the evidence sentences, titles and URLs, most of an incident's size, stay in the file.
 *
 * <p>The file is a private temporary file in a binary form of {@link Incident} (exact: every field round-trips),
 * deleted when the store is closed or the JVM exits. Appends are synchronised, reads are positional and may run
 * from any thread.
 */
public final class IncidentStore implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private long size;

  /** A store in a new temporary file of the system's temporary folder. */
  public IncidentStore() {
    try {
      file = Files.createTempFile("sitrep-incidents-", ".bin");
      file.toFile().deleteOnExit();
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new SitrepException("cannot create a temporary file for incidents in "
          + System.getProperty("java.io.tmpdir") + " (" + e.getMessage() + "); set TMPDIR to a writable folder", e);
    }
  }

  /** Where an incident is in the store. */
  public record Ref(long offset, int length) {}

  /** Appends incidents; their places in the store, in the same order. */
  public List<Ref> append(List<Incident> incidents) {
    List<byte[]> encoded = new ArrayList<>(incidents.size());
    for (Incident i : incidents) {
      encoded.add(encode(i));
    }
    List<Ref> refs = new ArrayList<>(incidents.size());
    synchronized (this) {
      try {
        for (byte[] b : encoded) {
          ByteBuffer buf = ByteBuffer.wrap(b);
          long at = size;
          while (buf.hasRemaining()) {
            at += channel.write(buf, at);
          }
          refs.add(new Ref(size, b.length));
          size = at;
        }
      } catch (IOException e) {
        throw new SitrepException("cannot write incidents to the temporary file " + file + " (" + e.getMessage()
            + "); is the disk full?", e);
      }
    }
    return refs;
  }

  /** The incident at a place returned by {@link #append}. */
  public Incident read(Ref ref) {
    ByteBuffer buf = ByteBuffer.allocate(ref.length());
    try {
      long at = ref.offset();
      while (buf.hasRemaining()) {
        int n = channel.read(buf, at);
        if (n < 0) {
          throw new IOException("unexpected end of file at " + at);
        }
        at += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read incidents back from " + file, e);
    }
    return decode(buf.array());
  }

  /** Bytes written so far. */
  public synchronized long size() {
    return size;
  }

  @Override
  public void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file: deleteOnExit still applies
    }
  }

  // ---- the binary form ---------------------------------------------------------------------------------------

  static byte[] encode(Incident i) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      str(out, i.id());
      date(out, i.date());
      out.writeByte(i.datePrecision().ordinal());
      Place p = i.place();
      out.writeBoolean(p != null);
      if (p != null) {
        str(out, p.name());
        dbl(out, p.lat());
        dbl(out, p.lon());
        str(out, p.country());
        str(out, p.admin1());
        out.writeByte(p.precision() == null ? -1 : p.precision().ordinal());
        str(out, p.gazetteerId());
      }
      out.writeByte(i.weapon().ordinal());
      integer(out, i.projectiles());
      integer(out, i.killed());
      integer(out, i.injured());
      str(out, i.actor());
      out.writeByte(i.actorBasis().ordinal());
      str(out, i.target());
      out.writeInt(i.sources().size());
      for (SourceRef s : i.sources()) {
        str(out, s.doc());
        date(out, s.published());
        str(out, s.url());
        str(out, s.title());
        str(out, s.evidence());
        out.writeInt(s.start());
        out.writeInt(s.end());
      }
      out.writeDouble(i.confidence());
      range(out, i.projectilesRange());
      range(out, i.killedRange());
      range(out, i.injuredRange());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  static Incident decode(byte[] b) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
      String id = str(in);
      LocalDate date = date(in);
      DatePrecision precision = DatePrecision.values()[in.readByte()];
      Place place = null;
      if (in.readBoolean()) {
        String name = str(in);
        Double lat = dbl(in);
        Double lon = dbl(in);
        String country = str(in);
        String admin1 = str(in);
        int pp = in.readByte();
        place = new Place(name, lat, lon, country, admin1, pp < 0 ? null : PlacePrecision.values()[pp], str(in));
      }
      Weapon weapon = Weapon.values()[in.readByte()];
      Integer projectiles = integer(in);
      Integer killed = integer(in);
      Integer injured = integer(in);
      String actor = str(in);
      ActorBasis basis = ActorBasis.values()[in.readByte()];
      String target = str(in);
      int n = in.readInt();
      List<SourceRef> sources = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        sources.add(new SourceRef(str(in), date(in), str(in), str(in), str(in), in.readInt(), in.readInt()));
      }
      double confidence = in.readDouble();
      return new Incident(id, date, precision, place, weapon, projectiles, killed, injured, actor, basis, target,
          sources, confidence, range(in), range(in), range(in));
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt incident record", e);
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void date(DataOutputStream out, LocalDate d) throws IOException {
    out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
  }

  private static LocalDate date(DataInputStream in) throws IOException {
    long v = in.readLong();
    return v == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v);
  }

  private static void dbl(DataOutputStream out, Double d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeDouble(d);
    }
  }

  private static Double dbl(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }

  private static void integer(DataOutputStream out, Integer v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeInt(v);
    }
  }

  private static Integer integer(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readInt() : null;
  }

  private static void range(DataOutputStream out, IntRange r) throws IOException {
    out.writeBoolean(r != null);
    if (r != null) {
      out.writeInt(r.min());
      out.writeInt(r.max());
    }
  }

  private static IntRange range(DataInputStream in) throws IOException {
    return in.readBoolean() ? new IntRange(in.readInt(), in.readInt()) : null;
  }
}
