package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The output phase's compiler directives are in place while a writer works and gone after the last one. */
class QuickJitTest {
  private static String directives() throws Exception {
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
  }

  @Test
  void directivesAreAddedOnceAndRemovedAfterTheLastUser() throws Exception {
    String before = directives();
    QuickJit.acquire();
    QuickJit.acquire();
    String during = directives();
    assertTrue(during.contains("Exclude:true") && during.contains("sitrep/export/JsonOut.quoted"), during);
    QuickJit.release();
    assertEquals(during, directives(), "still in use");
    QuickJit.release();
    assertEquals(before, directives());
    QuickJit.release(); // one release too many does nothing
    assertEquals(before, directives());
  }
}
