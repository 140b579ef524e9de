package sitrep.pipeline;

import java.io.PrintWriter;

/**
 * Progress of a long stage on stderr: a bar redrawn in place when stderr is a terminal, plain counts otherwise (at
 * most one line per 10% or per 1000 items).
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private String stage = "";
  private int total;
  private int lastShown = -1;

  public Progress(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  /** A progress that prints nothing. */
  public static Progress silent() {
    return new Progress(new PrintWriter(java.io.Writer.nullWriter()), false, true);
  }

  /** Starts a stage of total items. */
  public synchronized void start(String stageName, int totalItems) {
    this.stage = stageName;
    this.total = totalItems;
    this.lastShown = -1;
  }

  /** Reports that done items of the stage are finished. */
  public synchronized void update(int done) {
    if (quiet || total <= 0) {
      return;
    }
    if (terminal) {
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print("\r[" + stage + "] [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      if (done >= total) {
        err.println();
      }
      err.flush();
      return;
    }
    int step = Math.max(1, Math.min(1000, total / 10));
    if (done == total || done / step != lastShown / step) {
      lastShown = done;
      err.println("[" + stage + "] " + done + "/" + total);
      err.flush();
    }
  }

  /** A one-line message for the stage. */
  public synchronized void message(String text) {
    if (!quiet) {
      err.println("[" + stage + "] " + text);
      err.flush();
    }
  }
}
