package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.model.Weapon;

class PaletteTest {
  @Test
  void everyWeaponHasItsOwnColour() {
    assertEquals(Weapon.values().length, Arrays.stream(Weapon.values()).map(Palette::weapon).distinct().count());
    assertEquals(Palette.UNKNOWN, Palette.weapon(null));
  }

  @Test
  void anActorKeepsItsColourWhateverTheSpelling() {
    assertEquals(Palette.actor("Houthis"), Palette.actor("the Houthi movement"));
    assertEquals(Palette.actor("Kata'ib Hezbollah"), Palette.actor("kataib  hezbollah"));
    assertEquals(Palette.actor("Saraya Awliya al-Dam"), Palette.actor("Saraya Awliya al-Dam"));
    assertEquals(Palette.UNKNOWN, Palette.actor(null));
    assertEquals(Palette.UNKNOWN, Palette.actor("  "));
    assertNotEquals(Palette.UNKNOWN, Palette.actor("Saraya Awliya al-Dam"));
  }

  @Test
  void actorsInOneChartGetDistinctColours() {
    List<String> actors = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I");
    Map<String, Color> colours = Palette.actorColours(actors);
    assertEquals(actors.size(), colours.values().stream().distinct().count());
    assertEquals(Palette.actor("A"), colours.get("A"), "the first keeps its own colour");
  }
}
