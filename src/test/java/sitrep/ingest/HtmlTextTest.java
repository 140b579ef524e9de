package sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How {@link HtmlText} writes tables: a table of data as Markdown rows, a layout table as blocks of text. */
class HtmlTextTest {

  @Test
  void writesADataTableAsMarkdownRowsWithARuleUnderTheHeader() {
    String text = HtmlText.extract("""
        <html><body><p>Events this month.</p>
        <table>
          <tr><th>Date</th><th>Location</th><th>Fatalities</th></tr>
          <tr><td>14 June 2024</td><td>Djibo, Burkina Faso</td><td>2 civilians</td></tr>
          <tr><td>22 June 2024</td><td>Tahoua | Niger</td><td>5 soldiers</td></tr>
        </table><p>Monthly total: 2 events.</p></body></html>
        """).text();
    assertEquals("""
        Events this month.

        | Date | Location | Fatalities |
        | --- | --- | --- |
        | 14 June 2024 | Djibo, Burkina Faso | 2 civilians |
        | 22 June 2024 | Tahoua / Niger | 5 soldiers |

        Monthly total: 2 events.""", text);
  }

  @Test
  void writesTheCellsOfALayoutTableAsBlocks() {
    String text = HtmlText.extract("""
        <html><body><table><tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td></tr>
        <tr><td colspan="2"><p>BAGHDAD - Three rockets hit the Green Zone on Tuesday night, security sources said.
        The rockets landed near the US embassy compound and caused no casualties, according to a statement from the
        Security Media Cell, which said the rockets were fired from the east of the capital and that security forces
        were searching for the launchers and the people responsible for the attack, the third this month.</p></td></tr>
        </table></body></html>
        """).text();
    assertFalse(text.contains("|"), text);
    assertTrue(text.startsWith("Home\n\nNews\n\nBAGHDAD - Three rockets"), text);
  }
}
