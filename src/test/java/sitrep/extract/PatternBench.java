package sitrep.extract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Manual benchmark (not a test) of what the extraction patterns cost, one by one:
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) sitrep.extract.PatternBench [FOLDER] [TOP]
 * </pre>
 *
 * <p>Splits the {@code .txt} and {@code .md} files of FOLDER (default {@code examples/}) into sentences, then times one
 * {@code find()} of every static pattern of the extract classes (and of each gate's pattern, without its gate) over
 * every sentence, and prints nanoseconds per character for each, the TOP (default 30) dearest first, and their sum.
 * The sum is what one pass of every pattern over a text would cost: it bounds from below what an extractor made of
 * these patterns can reach, whatever is cached or gated, on the sentences where the patterns do have to run. Asserts
 * nothing.
 */
public final class PatternBench {

  private PatternBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples");
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (Class<?> c : List.of(IncidentExtractor.class, ActorRules.class, Lexicon.class, DateResolver.class,
        SentenceSplitter.class, Merging.class)) {
      collect(c, patterns);
    }
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
          .toList()) {
        for (String s : Files.readString(f).split("(?<=[.!?])\\s+|\\n+")) {
          if (s.length() > 3) {
            sentences.add(s);
          }
        }
      }
    }
    long chars = sentences.stream().mapToLong(String::length).sum();
    System.out.printf("%d patterns, %d sentences, %d characters from %s%n", patterns.size(), sentences.size(), chars,
        folder);
    Map<String, Double> nsPerChar = new LinkedHashMap<>();
    int matched = 0;
    for (int round = 0; round < 3; round++) { // the first two warm the JIT up
      for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
        int reps = 20;
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
          for (String s : sentences) {
            if (e.getValue().matcher(s).find()) {
              matched++;
            }
          }
        }
        nsPerChar.put(e.getKey(), (System.nanoTime() - t0) / (double) reps / chars);
      }
    }
    double sum = nsPerChar.values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.printf("sum over all patterns: %.0f ns per character (%.2f MB/s for one pass of each)%n", sum,
        1e3 / sum);
    nsPerChar.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf("%8.1f ns/char  %s%n", e.getValue(), e.getKey()));
    System.out.println("(matches counted: " + matched + ")");
  }

  private static void collect(Class<?> c, Map<String, Pattern> out) throws IllegalAccessException {
    for (Field f : c.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      Object v = f.get(null);
      if (v instanceof Pattern p) {
        out.put(c.getSimpleName() + "." + f.getName(), p);
      } else if (v instanceof Gate g) {
        out.put(c.getSimpleName() + "." + f.getName() + " (gate)", g.pattern());
      } else if (v instanceof List<?> list) {
        int i = 0;
        for (Object o : list) {
          if (o instanceof Lexicon.WeaponCue cue) {
            out.put(c.getSimpleName() + "." + f.getName() + "[" + i + "] " + cue.weapon(), cue.pattern());
          }
          i++;
        }
      }
    }
  }
}
