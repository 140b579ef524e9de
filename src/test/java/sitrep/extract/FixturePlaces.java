package sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;

/** A tiny place and actor finder over fixed names, for extraction tests that must not depend on the gazetteer. */
final class FixturePlaces implements PlaceFinder {
  private record Name(String name, Place place, String kind) {}

  private record Actor(String name, String canonical, String kind) {}

  private final List<Name> names = new ArrayList<>();
  private final List<Actor> actorNames = new ArrayList<>();

  FixturePlaces() {
    site("Ain al-Asad", "Ain al-Asad Air Base", 33.7856, 42.4411, "IQ", "Al Anbar", "air_base");
    site("al-Asad air base", "Ain al-Asad Air Base", 33.7856, 42.4411, "IQ", "Al Anbar", "air_base");
    site("Green Zone", "Green Zone", 33.303, 44.392, "IQ", "Baghdad", "zone");
    site("Erbil airport", "Erbil International Airport", 36.2378, 43.9631, "IQ", "Erbil", "airport");
    site("Tower 22", "Tower 22", 33.32, 38.70, "JO", "Mafraq", "military_base");
    site("Red Sea", "Red Sea", 20.0, 38.5, null, null, "sea");
    city("Baghdad", 33.3406, 44.4009, "IQ", "Baghdad");
    city("Erbil", 36.19, 44.01, "IQ", "Erbil");
    city("Tyre", 33.2705, 35.2038, "LB", "South Governorate");
    city("Kharkiv", 49.9808, 36.2527, "UA", "Kharkiv Oblast");
    city("Hama", 35.1318, 36.7578, "SY", "Hama");
    city("Jizan", 16.8892, 42.5511, "SA", "Jazan");
    site("Mediterranean", "Mediterranean Sea", 35.0, 18.0, null, null, "sea");
    city("Djibo", 14.0994, -1.6255, "BF", "Soum");
    city("Tahoua", 14.8888, 5.2692, "NE", "Tahoua");
    actorNames.add(new Actor("JNIM", "JNIM", "terrorist_group"));
    actorNames.add(new Actor("Islamic State Sahel Province", "Islamic State Sahel Province", "terrorist_group"));
    site("Harir base", "Harir Air Base", 36.5386, 44.3547, "IQ", "Erbil", "air_base");
    site("al-Tanf", "Al-Tanf Garrison", 33.4882, 38.6176, "SY", "Homs", "military_base");
    city("Majdal Shams", 33.2697, 35.7697, "SY", "Quneitra");
    site("Golan", "Golan Heights", 33.0, 35.75, null, null, "region");
    actorNames.add(new Actor("Hezbollah", "Hezbollah", "militia"));
    city("Novoshakhtinsk", 47.7579, 39.9364, "RU", "Rostov Oblast");
    city("Latifiya", 32.9819, 44.3592, "IQ", "Baghdad");
    site("Al-Asad airbase", "Ain al-Asad Air Base", 33.7856, 42.4411, "IQ", "Al Anbar", "air_base");
    site("Camp Taji", "Camp Taji", 33.5294, 44.2775, "IQ", "Baghdad", "military_base");
    site("K-1 base", "K-1 Air Base", 35.5114, 44.2781, "IQ", "Kirkuk", "air_base");
    site("Khurais oil field", "Khurais Oil Field", 25.0694, 48.195, "SA", "Eastern Province", "oil_field");
    site("Shaddadi", "Shaddadi Base", 36.0576, 40.7348, "SY", "Al Hasakah", "military_base");
    site("Rumeilan landing zone", "Rmelan Landing Zone", 36.8978, 41.9975, "SY", "Al Hasakah", "military_base");
    site("Gulf of Aden", "Gulf of Aden", 12.0, 48.0, null, null, "gulf");
    city("Abqaiq", 25.934, 49.6688, "SA", "Eastern Province");
    city("Safwan", 30.1167, 47.7167, "IQ", "Basra");
    city("Kirkuk", 35.4681, 44.3922, "IQ", "Kirkuk");
    city("Kiryat Shmona", 33.2075, 35.5697, "IL", "Northern District");
    city("Metula", 33.2792, 35.5795, "IL", "Northern District");
    city("Hodeidah", 14.7978, 42.9545, "YE", "Al Hudaydah");
    city("Tel Aviv", 32.0809, 34.7806, "IL", "Tel Aviv");
    city("Eilat", 29.558, 34.9482, "IL", "Southern District");
    city("Sanaa", 15.3547, 44.2067, "YE", "Amanat al Asimah");
    city("Abu Dhabi", 24.4667, 54.3667, "AE", "Abu Dhabi");
    city("Mayadin", 35.0192, 40.4511, "SY", "Deir ez-Zor");
    city("Chamchamal", 35.5336, 44.8343, "IQ", "Sulaymaniyah");
    city("Abu Kamal", 34.4503, 40.9186, "SY", "Deir ez-Zor");
    city("Deir Ezzor", 35.3359, 40.1408, "SY", "Deir ez-Zor");
    city("Odesa", 46.4775, 30.7326, "UA", "Odesa");
    city("al-Qaim", 34.3717, 41.0950, "IQ", "Al Anbar");
    city("Khamis Mushait", 18.3, 42.7333, "SA", "Asir");
    city("Aden", 12.7794, 45.0367, "YE", "Aden");
    city("Ras Tanura", 26.6436, 50.1583, "SA", "Eastern Province");
    city("Dhahran", 26.2886, 50.1139, "SA", "Eastern Province");
    site("Green Village", "Green Village", 35.17, 40.43, "SY", "Deir ez-Zor", "military_base");
    site("Damascus International Airport", "Damascus International Airport", 33.4115, 36.5156, "SY", "Rif Dimashq",
        "airport");
    city("Damascus", 33.5102, 36.2913, "SY", "Damascus");
    site("Mezzeh air base", "Mezzeh Military Airport", 33.4775, 36.2233, "SY", "Rif Dimashq", "air_base");
    site("Aleppo airport", "Aleppo International Airport", 36.1807, 37.2244, "SY", "Aleppo", "airport");
    site("Ben Gurion airport", "Ben Gurion Airport", 32.0114, 34.8867, "IL", "Central", "airport");
    add("Kurdistan Region", new Place("Kurdistan Region", 36.4, 44.3, "IQ", "Erbil", PlacePrecision.ADMIN1, "site:kurdistan-region"), "region");
    add("Israel", new Place("Israel", 31.77, 35.22, "IL", null, PlacePrecision.COUNTRY, "cc:IL"), "country");
    add("Anbar", new Place("Al Anbar", 33.0, 42.0, "IQ", "Al Anbar", PlacePrecision.ADMIN1, "adm1:IQ-AN"), "admin1");
    add("al-Muthanna", new Place("Al Muthanna", 30.5, 45.5, "IQ", "Al Muthanna", PlacePrecision.ADMIN1, "adm1:IQ-MU"), "admin1");
    add("Iraq", new Place("Iraq", 33.0, 44.0, "IQ", null, PlacePrecision.COUNTRY, "cc:IQ"), "country");
    add("Syria", new Place("Syria", 35.0, 38.5, "SY", null, PlacePrecision.COUNTRY, "cc:SY"), "country");
    add("Jordan", new Place("Jordan", 31.2, 36.5, "JO", null, PlacePrecision.COUNTRY, "cc:JO"), "country");
    add("UAE", new Place("United Arab Emirates", 24.0, 54.0, "AE", null, PlacePrecision.COUNTRY, "cc:AE"), "country");
    add("Yemen", new Place("Yemen", 15.5, 47.5, "YE", null, PlacePrecision.COUNTRY, "cc:YE"), "country");
    add("Iran", new Place("Iran", 32.0, 53.0, "IR", null, PlacePrecision.COUNTRY, "cc:IR"), "country");
    actorNames.add(new Actor("Kataib Hezbollah", "Kataib Hezbollah", "militia"));
    actorNames.add(new Actor("Kata'ib Hizballah", "Kataib Hezbollah", "militia"));
    actorNames.add(new Actor("Ashab al-Kahf", "Ashab al-Kahf", "front"));
    actorNames.add(new Actor("Houthis", "Houthis", "militia"));
    actorNames.add(new Actor("Houthi", "Houthis", "militia"));
    actorNames.add(new Actor("Yemeni Armed Forces", "Houthis", "militia"));
    actorNames.add(new Actor("Islamic Resistance in Iraq", "Islamic Resistance in Iraq", "umbrella"));
    actorNames.add(new Actor("Syrian Democratic Forces", "Syrian Democratic Forces", "militia"));
    actorNames.add(new Actor("SDF", "Syrian Democratic Forces", "militia"));
    actorNames.add(new Actor("Israeli military", "Israel Defense Forces", "state_force"));
    actorNames.add(new Actor("Tel Aviv", "Israel", "state"));
    actorNames.add(new Actor("Syria", "Syria", "state"));
    actorNames.add(new Actor("Damascus", "Syria", "state"));
    actorNames.add(new Actor("Iraq", "Iraq", "state"));
    actorNames.add(new Actor("ISIS", "Islamic State", "terrorist_group"));
    actorNames.add(new Actor("Russia", "Russia", "state"));
    actorNames.add(new Actor("PKK", "PKK", "terrorist_group"));
    actorNames.add(new Actor("PMF", "Popular Mobilization Forces", "state_force"));
    actorNames.add(new Actor("international coalition", "US-led coalition", "state_force"));
    actorNames.add(new Actor("Iran's Revolutionary Guards", "Islamic Revolutionary Guard Corps", "state_force"));
    actorNames.add(new Actor("IRGC", "Islamic Revolutionary Guard Corps", "state_force"));
    actorNames.add(new Actor("Yemeni army", "Yemeni government forces", "state_force"));
    actorNames.add(new Actor("Ukraine", "Ukraine", "state"));
  }

  private void site(String alias, String name, double lat, double lon, String cc, String admin1, String kind) {
    add(alias, new Place(name, lat, lon, cc, admin1, PlacePrecision.SITE, "site:" + name.toLowerCase(Locale.ROOT).replace(' ', '-')), kind);
  }

  private void city(String name, double lat, double lon, String cc, String admin1) {
    add(name, new Place(name, lat, lon, cc, admin1, PlacePrecision.CITY, "gn:" + name.toLowerCase(Locale.ROOT)), "city");
  }

  private void add(String alias, Place place, String kind) {
    names.add(new Name(alias, place, kind));
  }

  @Override
  public List<FoundPlace> places(String text) {
    List<FoundPlace> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    List<Name> byLength = new ArrayList<>(names);
    byLength.sort((a, b) -> b.name().length() - a.name().length());
    boolean[] taken = new boolean[text.length()];
    for (Name n : byLength) {
      String key = n.name().toLowerCase(Locale.ROOT);
      int at = lower.indexOf(key);
      while (at >= 0) {
        int end = at + key.length();
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        boolean free = true;
        for (int i = at; i < end; i++) {
          free &= !taken[i];
        }
        if (word && free) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          out.add(new FoundPlace(at, end, text.substring(at, end), n.place(), n.kind()));
        }
        at = lower.indexOf(key, at + 1);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  @Override
  public List<FoundActor> actors(String text) {
    List<FoundActor> out = new ArrayList<>();
    for (Actor a : actorNames) {
      int at = text.indexOf(a.name());
      while (at >= 0) {
        out.add(new FoundActor(at, at + a.name().length(), a.name(), a.canonical(), a.kind()));
        at = text.indexOf(a.name(), at + 1);
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }
}
