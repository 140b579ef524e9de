package sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HardWrapsTest {
  private static final String WRAPPED = "On 14 August, a convoy carrying logistics supplies for the coali-\n"
      + "tion was struck by an improvised explosive device on the highway\n"
      + "near Diwaniyah. No casualties were reported. A second IED deto-\n"
      + "nated on 16 August against a convoy near Samawah, damaging one\n"
      + "vehicle.";

  @Test
  void rejoinsAWrappedParagraphAndItsSplitWords() {
    String out = HardWraps.rejoin("Q3 SECURITY REVIEW\n\n" + WRAPPED + "\n\nRestricted distribution");
    String words = out.replaceAll(" +", " ");
    assertTrue(words.contains("for the coalition was struck by"), out);
    assertTrue(words.contains("on the highway near Diwaniyah."), out);
    assertTrue(words.contains("A second IED detonated on 16 August"), out);
    assertTrue(out.startsWith("Q3 SECURITY REVIEW\n\n"), "a heading keeps its line");
    assertTrue(out.endsWith("\n\nRestricted distribution"));
  }

  @Test
  void keepsTheLengthSoOffsetsHold() {
    String in = "Heading\n\n" + WRAPPED;
    String out = HardWraps.rejoin(in);
    assertEquals(in.length(), out.length());
    int at = in.indexOf("Samawah");
    assertEquals("Samawah", out.substring(at, at + 7), "a word after the joins stays where it was");
  }

  @Test
  void leavesListsTablesShortLinesAndSentencesPerLineAlone() {
    String list = "- Two rockets hit Ain al-Asad air base in Anbar province on Monday night\n"
        + "- A drone was shot down near Erbil International Airport on Tuesday morning\n"
        + "- Mortar rounds landed near the Baghdad Diplomatic Support Center on Friday\n";
    assertSame(list, HardWraps.rejoin(list));
    String table = "| 18 Feb | Ain al-Asad Air Base, Anbar province, western Iraq | 2 rockets |\n"
        + "| 20 Feb | Harir Air Base, Erbil governorate, Kurdistan Region | 1 drone |\n"
        + "| 23 Feb | Mission Support Site Euphrates, Deir ez-Zor, Syria | rockets |\n";
    assertSame(table, HardWraps.rejoin(table));
    String lines = "Rockets hit the base.\nNo one was hurt.\nThe group claimed it.";
    assertSame(lines, HardWraps.rejoin(lines));
    String sentences = "Two rockets struck Ain al-Asad air base on Monday night, officials said.\n"
        + "A drone was shot down near Erbil International Airport on Tuesday morning.\n"
        + "Mortar rounds landed near the Baghdad Diplomatic Support Center on Friday.";
    assertSame(sentences, HardWraps.rejoin(sentences));
  }

  @Test
  void keepsTheHyphenOfACompoundOfNames() {
    String in = "Officials blamed the attack on the militia groups that are Iran-\n"
        + "backed and active around the base, which has been hit many times since\n"
        + "the war in Gaza began, the spokesman of the coalition said on Monday.";
    String out = HardWraps.rejoin(in);
    assertTrue(out.contains("Iran- backed"), out);
  }
}
