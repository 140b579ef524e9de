package sitrep.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of the output phase, as {@code -XX:TieredStopAtLevel=1} would,
 * by a compiler directive added at run time (the {@code Compiler.directives_add} diagnostic command): methods first
 * compiled while it is in place get the quick C1 compiler only.
 *
 * <p>Why: writing the output runs a great deal of library code (Java2D's rasteriser, JTS, Batik, PDFBox,
 * JFreeChart, FreeMarker, the exports) each for a short while. C2 compiles the hot parts of it at great cost (on
 * two cores, 40% of the CPU time of a 100,000-incident render, and more than a second of a small one) for code that
 * has finished by the time it is ready; C1 code is slower but ready at once. Measured (docs/benchmarks.md): render
 * of 100,000 incidents 27 s CPU with C2, 17 s without.
 *
 * <p>The directive is in place while at least one output writer is working and removed after the last one, so
 * that extraction (long runs that C2 pays off for) keeps C2. Where the diagnostic command is not available (a JRE
 * without jdk.management) nothing changes. {@code -Dsitrep.c2=true} leaves the JIT alone.
 */
final class QuickJit {
  /**
   * C2 stays for a few small loops that run long: the UTF-8 encoding of the exports' text (some 400 MB for 100,000
   * incidents), cheap to compile and twice as fast compiled; everything else gets C1.
   */
  private static final String DIRECTIVE = "[ { match: [\"java/lang/String.encodeUTF8*\", \"java/lang/StringCoding.*\","
      + " \"java/lang/StringUTF16.*\", \"java/lang/StringLatin1.*\", \"sitrep/export/JsonOut.quoted\","
      + " \"sitrep/export/Utf8Out.*\"], c2: { Exclude: false } }, { match: \"*.*\", c2: { Exclude: true } } ]";

  private static int users;
  /** Directives added (each is removed on its own). */
  private static int installed;

  private QuickJit() {}

  /** Adds the directive unless it is in place already (or turned off); pair with {@link #release()}. */
  static synchronized void acquire() {
    users++;
    if (users == 1 && !Boolean.getBoolean("sitrep.c2")) {
      installed = command("compilerDirectivesAdd", DIRECTIVE);
    }
  }

  /** Removes the directive when the last user is done. */
  static synchronized void release() {
    if (users == 0) {
      return;
    }
    users--;
    if (users == 0) {
      for (; installed > 0; installed--) {
        command("compilerDirectivesRemove", null);
      }
    }
  }

  /**
   * Runs a compiler diagnostic command, with a temporary file holding the directives when they are given; returns
   * the number of directives added (0 when none or when the command is not available).
   */
  private static int command(String operation, String directive) {
    Path file = null;
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      String[] args = new String[0];
      if (directive != null) {
        file = Files.createTempFile("sitrep-jit-", ".json");
        Files.writeString(file, directive);
        args = new String[] {file.toString()};
      }
      Object result = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
          new Object[] {args}, new String[] {String[].class.getName()});
      java.util.regex.Matcher added = java.util.regex.Pattern.compile("(\\d+) compiler directives added")
          .matcher(String.valueOf(result));
      return added.find() ? Integer.parseInt(added.group(1)) : 0;
    } catch (JMException | IOException | RuntimeException | LinkageError e) {
      return 0; // not available here: the JIT stays as it is
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a few bytes in the temporary folder
        }
      }
    }
  }
}
