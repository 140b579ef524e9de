package sitrep.render;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.model.Weapon;

/**
 * Colours shared by every chart and map, so that one category has one colour everywhere.
 *
 * <p>Weapons use the Okabe-Ito palette (safe for the common colour-vision deficiencies); actors use Paul Tol's
 * "muted" palette, with a few well-known groups pinned and every other name mapped by a fixed hash of its
 * normalised spelling. The unknown weapon and the unknown actor are grey.
 */
public final class Palette {
  /** Grey for unknown categories. */
  public static final Color UNKNOWN = new Color(0x99, 0x99, 0x99);

  /** Dark grey for text. */
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);

  /** Mid grey for secondary text (subtitles, notes, source lines). */
  public static final Color TEXT_MUTED = new Color(0x5f, 0x5f, 0x5f);

  /** Light grey for gridlines. */
  public static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

  private static final Map<Weapon, Color> WEAPONS = Map.of(
      Weapon.ROCKET, new Color(0xD5, 0x5E, 0x00), // vermillion
      Weapon.MISSILE, new Color(0xCC, 0x79, 0xA7), // reddish purple
      Weapon.DRONE, new Color(0x00, 0x72, 0xB2), // blue
      Weapon.IED, new Color(0xE6, 0x9F, 0x00), // orange
      Weapon.MORTAR, new Color(0x00, 0x9E, 0x73), // bluish green
      Weapon.SMALL_ARMS, new Color(0x56, 0xB4, 0xE9), // sky blue
      Weapon.AIRSTRIKE, new Color(0x33, 0x33, 0x33), // near black
      Weapon.UNKNOWN, UNKNOWN);

  /** Paul Tol's muted qualitative palette, without its grey. */
  private static final List<Color> ACTORS = List.of(
      new Color(0x88, 0x22, 0x55), // wine
      new Color(0x33, 0x22, 0x88), // indigo
      new Color(0x11, 0x77, 0x33), // green
      new Color(0xDD, 0xCC, 0x77), // sand
      new Color(0x88, 0xCC, 0xEE), // cyan
      new Color(0xCC, 0x66, 0x77), // rose
      new Color(0x44, 0xAA, 0x99), // teal
      new Color(0x99, 0x99, 0x33), // olive
      new Color(0xAA, 0x44, 0x99)); // purple

  /** Well-known actors keep the same colour whatever else is in the chart (keys are normalised names). */
  private static final Map<String, Integer> PINNED_ACTORS = Map.of(
      "islamic resistance in iraq", 0,
      "houthis", 1,
      "ansar allah", 1,
      "kataib hezbollah", 2,
      "harakat hezbollah al-nujaba", 6,
      "islamic state", 4,
      "hezbollah", 5);

  private Palette() {}

  /**
   * The colour of a weapon.
   *
   * @param weapon the weapon, null treated as unknown
   */
  public static Color weapon(Weapon weapon) {
    return WEAPONS.get(weapon == null ? Weapon.UNKNOWN : weapon);
  }

  /**
   * A stable colour for an actor name: the same (normalised) name gets the same colour in every chart and run.
   * Different names may share a colour when there are more names than colours.
   *
   * @param actor the actor, null or blank for unknown (grey)
   */
  public static Color actor(String actor) {
    String key = normaliseActor(actor);
    if (key.isEmpty() || key.equals("unknown")) {
      return UNKNOWN;
    }
    Integer pinned = PINNED_ACTORS.get(key);
    if (pinned != null) {
      return ACTORS.get(pinned);
    }
    // String.hashCode is specified by the language, so this is stable across JVMs and runs
    return ACTORS.get(Math.floorMod(key.hashCode(), ACTORS.size()));
  }

  /**
   * Colours for the actors of one chart: each keeps its {@link #actor(String)} colour unless an earlier actor in
   * the list already has it, in which case it takes the next free palette colour (so one chart never shows two
   * actors in one colour while there are colours left).
   *
   * @param actors distinct actor names in priority order, never null; a null element means the unknown actor
   * @return colour per actor name, in the given order (the unknown actor under the key null)
   */
  public static Map<String, Color> actorColours(List<String> actors) {
    Map<String, Color> out = new java.util.LinkedHashMap<>();
    java.util.Set<Color> used = new java.util.HashSet<>();
    for (String a : actors) {
      Color c = actor(a);
      if (c != UNKNOWN && used.contains(c)) {
        int start = ACTORS.indexOf(c);
        for (int k = 1; k < ACTORS.size(); k++) {
          Color next = ACTORS.get((start + k) % ACTORS.size());
          if (!used.contains(next)) {
            c = next;
            break;
          }
        }
      }
      used.add(c);
      out.put(a, c);
    }
    return out;
  }

  /** Lower case, apostrophes and quotes removed, spaces collapsed; "the" prefix dropped. */
  static String normaliseActor(String actor) {
    if (actor == null) {
      return "";
    }
    String s = actor.toLowerCase(Locale.ROOT)
        .replaceAll("['\u2018\u2019\u02bc`\"]", "")
        .replaceAll("[\\s_]+", " ")
        .trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    if (s.equals("houthi") || s.equals("houthi movement") || s.equals("houthi rebels")) {
      s = "houthis";
    }
    return s;
  }

  /** A display label for a weapon: "Small arms", "IED", "Unknown weapon". */
  public static String weaponLabel(Weapon weapon) {
    return WEAPON_LABELS.get(weapon == null ? Weapon.UNKNOWN : weapon);
  }

  private static final Map<Weapon, String> WEAPON_LABELS = new EnumMap<>(Weapon.class);

  static {
    for (Weapon w : Weapon.values()) {
      WEAPON_LABELS.put(w, label(w));
    }
  }

  private static String label(Weapon w) {
    return switch (w) {
      case IED -> "IED";
      case SMALL_ARMS -> "Small arms";
      case UNKNOWN -> "Unknown weapon";
      default -> w.id().substring(0, 1).toUpperCase(Locale.ROOT) + w.id().substring(1);
    };
  }
}
