package sitrep.geocode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Manual benchmark (not a test): {@code java -cp target/classes:target/test-classes:DEPS sitrep.geocode.GazetteerBench
 * MB FILE...} loads the bundled gazetteer a few times, then finds places and actors in the given text files
 * repeated up to MB megabytes, on one thread and on all cores. Prints timings; asserts nothing.
 */
public final class GazetteerBench {

  private GazetteerBench() {}

  public static void main(String[] args) throws Exception {
    int mb = Integer.parseInt(args[0]);
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      Gazetteer g = Gazetteer.loadBundled();
      System.out.printf(Locale.ROOT, "load %d: %d entries in %.0f ms%n", i, g.size(), (System.nanoTime() - t0) / 1e6);
    }
    Gazetteer g = Gazetteer.loadBundled();
    List<String> docs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      docs.add(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
    }
    long chars = 0;
    List<String> corpus = new ArrayList<>();
    while (chars < mb * 1_000_000L) {
      for (String d : docs) {
        corpus.add(d);
        chars += d.length();
      }
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long found = 0;
      for (String d : corpus) {
        found += g.findPlaces(d).size() + g.findActors(d).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "1 thread: %d MB, %d matches in %.2f s wall, %.2f s cpu (%.1f MB/s cpu)%n",
          chars / 1_000_000, found, s, cpu, chars / 1e6 / cpu);
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<Integer>> fs = new ArrayList<>();
    for (String d : corpus) {
      fs.add(pool.submit(() -> g.findPlaces(d).size() + g.findActors(d).size()));
    }
    long found = 0;
    for (Future<Integer> f : fs) {
      found += f.get();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "%d threads: %d MB, %d matches in %.2f s (%.1f MB/s)%n", threads, chars / 1_000_000,
        found, s, chars / 1e6 / s);
  }

}
