package sitrep.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.ingest.Manifest;

/**
 * A benchmark corpus: the articles of a folder (examples/) copied over and over until the corpus reaches a size, each
 * copy with its dates shifted (publication date in the manifest and the dates in the text, by the same number of
 * days) and its town names swapped for others, so that the copies report different attacks rather than one attack
 * thousands of times. Copies go into sub-folders of 1000 files with one manifest.csv at the top. Deterministic: the
 * same source and size give the same corpus.
 */
public final class BenchCorpus {
  /** Written last; a folder with a matching marker is reused. */
  public static final String MARKER = ".bench-corpus";

  /** A long date ("July 7, 2021"), an ISO date, or a year on its own: each moved once. */
  private static final Pattern DATE = Pattern.compile("\\b(?<long>(?:January|February|March|April|May|June|July"
      + "|August|September|October|November|December) \\d{1,2}, \\d{4})\\b|\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b"
      + "|\\b(?<year>20[0-2]\\d)\\b");
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  /** Towns of the examples and the towns (all in the bundled gazetteer) that copies put in their place. */
  private static final List<String> TOWNS_IN_EXAMPLES = List.of("Erbil", "Baghdad", "Diwaniyah", "Abu Dhabi");
  private static final List<String> OTHER_TOWNS = List.of("Mosul", "Kirkuk", "Basra", "Najaf", "Karbala", "Ramadi",
      "Fallujah", "Tikrit", "Samarra", "Baqubah", "Hillah", "Nasiriyah", "Amarah", "Kut", "Dohuk", "Sulaymaniyah",
      "Balad", "Baiji", "Haditha", "Erbil", "Baghdad", "Diwaniyah");

  private BenchCorpus() {}

  /**
   * What was generated.
   *
   * @param folder the corpus folder
   * @param files number of article files
   * @param bytes total size of the article files
   */
  public record Summary(Path folder, int files, long bytes) {}

  /**
   * Generates the corpus, or reuses it when the folder already holds one made from the same source at the same size.
   *
   * @param source folder of articles with a manifest.csv (examples/), never null
   * @param target corpus folder, created when missing; its old contents are replaced
   * @param megabytes corpus size in MB (10^6 bytes), at least 1
   */
  public static Summary generate(Path source, Path target, int megabytes) {
    if (megabytes < 1) {
      throw new IllegalArgumentException("corpus size must be at least 1 MB, got " + megabytes);
    }
    List<Path> articles;
    try (var list = Files.list(source)) {
      articles = list.filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|md|html?)$")
          && !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme")).sorted().toList();
    } catch (IOException e) {
      throw new SitrepException("cannot list benchmark source " + source + ": " + e.getMessage(), e);
    }
    if (articles.isEmpty()) {
      throw new SitrepException("benchmark source " + source + " has no articles (.txt, .md, .html)");
    }
    String markerText = "source=" + source.toAbsolutePath().normalize() + " mb=" + megabytes + " articles="
        + articles.size() + " v=2\n";
    Path marker = target.resolve(MARKER);
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).startsWith(markerText)) {
        String[] counts = Files.readAllLines(marker).get(1).split(" ");
        return new Summary(target, Integer.parseInt(counts[0]), Long.parseLong(counts[1]));
      }
      deleteTree(target);
      Files.createDirectories(target);
      Files.writeString(marker, "incomplete\n"); // lets a later run replace a half-written corpus
      Manifest manifest = Manifest.read(source.resolve("manifest.csv"), new Diagnostics());
      Map<String, LocalDate> published = new HashMap<>();
      manifest.entries().forEach((path, entry) -> published.put(path.getFileName().toString(), entry.published()));
      List<String> texts = new ArrayList<>();
      for (Path a : articles) {
        texts.add(new String(Files.readAllBytes(a), StandardCharsets.UTF_8));
      }
      long limit = megabytes * 1_000_000L;
      long bytes = 0;
      int files = 0;
      try (BufferedWriter m = Files.newBufferedWriter(target.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
        m.write("file,published\n");
        for (int copy = 0; bytes < limit; copy++) {
          int shift = (copy * 37) % 3650;
          String town = OTHER_TOWNS.get(copy % OTHER_TOWNS.size());
          for (int a = 0; a < articles.size() && bytes < limit; a++) {
            String name = articles.get(a).getFileName().toString();
            String rel = String.format(Locale.ROOT, "%04d/c%06d-%s", files / 1000, copy, name);
            Path out = target.resolve(rel);
            if (files % 1000 == 0) {
              Files.createDirectories(out.getParent());
            }
            byte[] body = vary(texts.get(a), shift, town).getBytes(StandardCharsets.UTF_8);
            Files.write(out, body);
            LocalDate pub = published.get(name);
            m.write(rel + "," + (pub == null ? "" : pub.plusDays(shift).toString()) + "\n");
            bytes += body.length;
            files++;
          }
        }
      }
      Files.writeString(marker, markerText + files + " " + bytes + "\n");
      return new Summary(target, files, bytes);
    } catch (IOException e) {
      throw new SitrepException("cannot write benchmark corpus " + target + ": " + e.getMessage(), e);
    }
  }

  /** The text with its dates moved by shift days and its towns replaced by town. */
  static String vary(String text, int shift, String town) {
    int years = (int) Math.round(shift / 365.25);
    Matcher m = DATE.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String moved = m.group();
      try {
        if (m.group("long") != null) {
          moved = LocalDate.parse(m.group("long"), LONG).plusDays(shift).format(LONG);
        } else if (m.group("iso") != null) {
          moved = LocalDate.parse(m.group("iso")).plusDays(shift).toString();
        } else {
          moved = String.valueOf(Integer.parseInt(m.group("year")) + years);
        }
      } catch (DateTimeParseException e) {
        // not a real date: left as it is
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(moved));
    }
    m.appendTail(sb);
    String t = sb.toString();
    for (String original : TOWNS_IN_EXAMPLES) {
      t = t.replace(original, town);
    }
    return t;
  }

  /** Empties a folder that is missing, empty or an earlier corpus; refuses any other folder. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    boolean empty;
    try (var list = Files.list(dir)) {
      empty = list.findAny().isEmpty();
    }
    if (!empty && !Files.exists(dir.resolve(MARKER))) {
      throw new SitrepException("benchmark corpus folder " + dir + " is not empty and holds no earlier corpus ("
          + MARKER + "); give a new or empty folder with --corpus");
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Many incidents from a few: copies of the seed incidents with their dates moved (by 3 days per copy, wrapping after
   * ten years) and new ids, for timing the outputs of a large run.
   *
   * @param seed incidents to copy, at least one
   * @param count how many to return
   */
  public static List<sitrep.model.Incident> incidents(List<sitrep.model.Incident> seed, int count) {
    if (seed.isEmpty()) {
      throw new IllegalArgumentException("no incidents to copy");
    }
    List<sitrep.model.Incident> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sitrep.model.Incident s = seed.get(i % seed.size());
      int copy = i / seed.size();
      LocalDate date = s.date() == null ? null : s.date().plusDays((copy * 3L) % 3650);
      out.add(new sitrep.model.Incident(String.format(Locale.ROOT, "%s-%06d", s.id(), copy), date, s.datePrecision(),
          s.place(), s.weapon(), s.projectiles(), s.killed(), s.injured(), s.actor(), s.actorBasis(), s.target(),
          s.sources(), s.confidence(), s.projectilesRange(), s.killedRange(), s.injuredRange()));
    }
    return out;
  }
}
