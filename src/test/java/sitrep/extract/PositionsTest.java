package sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {
  private static FoundPlace only(String text) {
    List<FoundPlace> found = Positions.find(text);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void readsDegreesAndMinutesWithSymbols() {
    FoundPlace p = only("struck in position 13°11'N 042°49'E, approximately 35NM south of Mokha");
    assertEquals(13.1833, p.place().lat(), 1e-4);
    assertEquals(42.8167, p.place().lon(), 1e-4);
    assertEquals("13°11'N 042°49'E", p.surface());
    assertEquals("position", p.kind());
  }

  @Test
  void readsSecondsAndTheSouthernAndWesternHemispheres() {
    FoundPlace p = only("at 12° 30' 36\" S, 045° 15' W");
    assertEquals(-12.51, p.place().lat(), 1e-4);
    assertEquals(-45.25, p.place().lon(), 1e-4);
  }

  @Test
  void readsCompactAndDecimalForms() {
    assertEquals(13.1833, only("attacked at 1311N 04249E by a drone").place().lat(), 1e-4);
    assertEquals(42.8167, only("attacked at 13 11N 042 49E by a drone").place().lon(), 1e-4);
    assertEquals(42.82, only("in position 13.18N 42.82E.").place().lon(), 1e-4);
  }

  @Test
  void refusesWhatIsNoPosition() {
    assertTrue(Positions.find("13°75'N 042°49'E").isEmpty(), "minutes over 59");
    assertTrue(Positions.find("95.5N 42.8E").isEmpty(), "latitude over 90");
    assertTrue(Positions.find("Rockets hit the base on 19 February; 24 were fired.").isEmpty());
    assertTrue(Positions.find("UKMTO WARNING 020/2024 - 19 FEB 2024, 35NM S of Mokha").isEmpty());
  }
}
