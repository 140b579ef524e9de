package sitrep.geocode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Manual benchmark (not a test) of the geocode stage on the bundled gazetteer:
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) sitrep.geocode.GazetteerBench [MB] [ROUNDS]
 * </pre>
 *
 * <p>Loads the gazetteer (the first load is the cold one a CLI run pays), then generates MB megabytes (default 100) of
 * article-like text, deterministically: documents of 2-6 kB made of sentences drawn with a fixed seed from the
 * {@code examples/} corpus. Finds places and actors in every document on 1 thread and on 2 threads, ROUNDS times
 * each (default 2), and prints wall time, CPU time of the working threads and MB/s, with the system load average,
 * since the machine may be shared. Asserts nothing.
 */
public final class GazetteerBench {

  private GazetteerBench() {}

  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Gazetteer g = null;
    for (int i = 0; i < 4; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      g = Gazetteer.loadBundled();
      new PlaceResolver(g);
      System.out.printf(Locale.ROOT, "load %d%s: %d places in %.0f ms wall, %.0f ms process cpu (load avg %.1f)%n", i,
          i == 0 ? " (cold)" : "", g.size(), (System.nanoTime() - t0) / 1e6, (os.getProcessCpuTime() - c0) / 1e6,
          os.getSystemLoadAverage());
    }
    List<String> corpus = corpus(mb * 1_000_000L);
    long chars = corpus.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB (chars)%n", corpus.size(), chars / 1e6);
    final Gazetteer gz = g;
    for (int threads : new int[] {1, 2}) {
      for (int round = 0; round < rounds; round++) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cpu = new AtomicLong();
        AtomicLong found = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int part = t;
          fs.add(pool.submit(() -> {
            long c0 = mx.getCurrentThreadCpuTime();
            long n = 0;
            for (int d = part; d < corpus.size(); d += threads) {
              String doc = corpus.get(d);
              n += gz.findPlaces(doc).size() + gz.findActors(doc).size();
            }
            found.addAndGet(n);
            cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
          }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuS = cpu.get() / 1e9;
        System.out.printf(Locale.ROOT,
            "%d thread%s round %d: %.1f MB, %d matches, %.2f s wall (%.1f MB/s), %.2f s cpu (%.1f MB/s per cpu s),"
                + " load avg %.1f%n", threads, threads == 1 ? "" : "s", round, chars / 1e6, found.get(), wall,
            chars / 1e6 / wall, cpuS, chars / 1e6 / cpuS, os.getSystemLoadAverage());
      }
    }
  }

  /** Article-like documents from the sentences of examples/, drawn with a fixed seed, up to {@code chars}. */
  static List<String> corpus(long chars) throws IOException {
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
          continue;
        }
        for (String s : Files.readString(p, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\n\\s*\\n")) {
          if (s.strip().length() > 20) {
            sentences.add(s.strip());
          }
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalStateException("no sentences in examples/ (run from the repository root)");
    }
    Random r = new Random(42);
    List<String> docs = new ArrayList<>();
    long total = 0;
    while (total < chars) {
      int size = 2000 + r.nextInt(4000);
      StringBuilder sb = new StringBuilder(size + 200);
      while (sb.length() < size) {
        sb.append(sentences.get(r.nextInt(sentences.size()))).append(r.nextInt(4) == 0 ? "\n\n" : " ");
      }
      docs.add(sb.toString());
      total += sb.length();
    }
    return docs;
  }
}
