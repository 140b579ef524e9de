package sitrep.cli;

/** The exit codes of SPEC.md. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;
  /** Failed: a message on stderr says what and where. */
  public static final int FAILED = 1;
  /** Bad usage. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
