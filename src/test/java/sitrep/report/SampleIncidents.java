package sitrep.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;
import sitrep.pipeline.Issue;

/** Realistic test incidents (Iraq, Syria, Jordan, Red Sea; Oct 2023 - Feb 2024) and small images. */
final class SampleIncidents {
  private SampleIncidents() {}

  static final Place AIN_AL_ASAD = site("Ain al-Asad Air Base", 33.7856, 42.4412, "IQ", "Al Anbar", "geonames:99070");
  static final Place AL_TANF = site("Al-Tanf Garrison", 33.4986, 38.6594, "SY", "Homs", "geonames:6944112");
  static final Place ERBIL = site("Erbil Air Base", 36.2376, 43.9632, "IQ", "Erbil", "ourairports:ORER");
  static final Place HARIR = site("Harir Air Base", 36.5365, 44.3512, "IQ", "Erbil", "geonames:7932563");
  static final Place VICTORY = site("Victory Base Complex", 33.2622, 44.2346, "IQ", "Baghdad", "geonames:7288946");
  static final Place CONOCO = site("Conoco gas field", 35.3619, 40.2861, "SY", "Deir ez-Zor", "geonames:8354481");
  static final Place GREEN_VILLAGE = site("Mission Support Site Euphrates", 34.9986, 40.5383, "SY", "Deir ez-Zor", "geonames:8354482");
  static final Place SHADDADI = site("Al-Shaddadi", 36.0556, 40.7303, "SY", "Al-Hasakah", "geonames:163345");
  static final Place RMELAN = new Place("Rmelan", 37.0567, 41.9258, "SY", "Al-Hasakah", PlacePrecision.CITY, "geonames:172713");
  static final Place TOWER_22 = site("Tower 22", 33.3178, 38.6904, "JO", "Mafraq", "geonames:12812344");
  static final Place RED_SEA = new Place("Southern Red Sea", 15.5, 41.8, null, null, PlacePrecision.ADMIN1, "geonames:350155");
  static final Place GULF_OF_ADEN = new Place("Gulf of Aden", 12.8, 47.5, null, null, PlacePrecision.ADMIN1, "geonames:357060");
  static final Place IRAQ = new Place("Iraq", 33.0, 44.0, "IQ", null, PlacePrecision.COUNTRY, "geonames:99237");

  static Place site(String name, double lat, double lon, String cc, String admin1, String id) {
    return new Place(name, lat, lon, cc, admin1, PlacePrecision.SITE, id);
  }

  static SourceRef src(String doc, String published, String url, String title, String evidence) {
    return new SourceRef(doc, LocalDate.parse(published), url, title, evidence, 120, 120 + evidence.length());
  }

  static Incident incident(String date, Place place, Weapon weapon, Integer projectiles, Integer killed,
      Integer injured, String actor, ActorBasis basis, String target, double confidence, SourceRef... sources) {
    LocalDate d = date == null ? null : LocalDate.parse(date);
    String id = (date == null ? "undated" : date) + "-" + (place == null ? "unplaced" : slug(place.name())) + "-" + weapon.id();
    return new Incident(id, d, null, place, weapon, projectiles, killed, injured, actor, basis, target,
        List.of(sources), confidence, null, null, null);
  }

  static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static final String IRI = "Islamic Resistance in Iraq";
  static final String HOUTHIS = "Houthis (Ansar Allah)";
  static final String KH = "Kata'ib Hezbollah";
  static final String US = "US and coalition forces";

  /** 20 incidents, two with ranges, three low-confidence, one without a place. */
  static IncidentSet realistic() {
    List<Incident> list = new ArrayList<>();
    list.add(incident("2023-10-17", AIN_AL_ASAD, Weapon.DRONE, 2, 0, 0, IRI, ActorBasis.CLAIMED, US, 0.9,
        src("reuters/2023-10-18-iraq-drones.html", "2023-10-18", "https://www.reuters.com/world/middle-east/drones-target-iraq-bases-2023-10-18/",
            "Drones target US bases in Iraq, one intercepted",
            "Two drones targeted Ain al-Asad air base in western Iraq on Tuesday; one was shot down and the other caused no casualties, the Islamic Resistance in Iraq claimed responsibility.")));
    list.add(incident("2023-10-18", AL_TANF, Weapon.DRONE, 2, 0, 20, IRI, ActorBasis.CLAIMED, US, 0.88,
        src("dod/2023-10-24-briefing.txt", "2023-10-24", "https://www.defense.gov/News/Transcripts/", "Pentagon press briefing, 24 October 2023",
            "On October 18, two one-way attack drones struck al-Tanf garrison in Syria, and 20 US personnel sustained minor injuries."),
        src("ap/2023-10-25-tanf-injuries.md", "2023-10-25", "https://apnews.com/article/tanf-drone-injuries", "Two dozen US troops hurt in drone attacks",
            "The drone attack on al-Tanf on Oct. 18 left 20 service members with minor injuries, a US official said.")));
    list.add(incident("2023-10-19", VICTORY, Weapon.DRONE, 1, 0, null, null, ActorBasis.UNKNOWN, US, 0.72,
        src("reuters/2023-10-19-baghdad.html", "2023-10-19", "https://www.reuters.com/world/middle-east/drone-baghdad-airport-2023-10-19/",
            "Drone downed near Baghdad airport base",
            "A drone was shot down near the Victory base complex at Baghdad airport on Thursday, security sources said, with no casualties.")));
    list.add(incident("2023-10-19", RED_SEA, Weapon.MISSILE, 4, null, null, HOUTHIS, ActorBasis.ATTRIBUTED, "USS Carney (navy destroyer)", 0.82,
        src("dod/2023-10-19-carney.txt", "2023-10-19", "https://www.defense.gov/News/Releases/", "USS Carney intercepts missiles in Red Sea",
            "The USS Carney, operating in the northern Red Sea, shot down three land-attack cruise missiles and several drones launched by Houthi forces in Yemen.")));
    list.add(incident("2023-10-20", AIN_AL_ASAD, Weapon.ROCKET, 3, null, null, IRI, ActorBasis.CLAIMED, US, 0.76,
        src("reuters/2023-10-21-rockets.html", "2023-10-21", "https://www.reuters.com/world/middle-east/rockets-ain-al-asad-2023-10-21/",
            "Rockets fired at Ain al-Asad",
            "Three rockets were fired at Ain al-Asad air base on Friday, the Islamic Resistance in Iraq said in a statement.")));
    list.add(incident("2023-10-21", HARIR, Weapon.DRONE, 1, null, null, IRI, ActorBasis.CLAIMED, US, 0.64,
        src("rudaw/2023-10-22-harir.html", "2023-10-22", "https://www.rudaw.net/english/kurdistan/221020231", "Drone attack on Harir base",
            "A drone targeted the Harir air base north-east of Erbil on Saturday, according to a claim by the Islamic Resistance in Iraq.")));
    list.add(incident("2023-10-26", CONOCO, Weapon.ROCKET, 2, null, null, IRI, ActorBasis.CLAIMED, US, 0.7,
        src("syria/2023-10-27-conoco.txt", "2023-10-27", null, "Rockets hit near Conoco field",
            "Two rockets landed near the Conoco gas field base in Deir ez-Zor countryside on Thursday.")));
    list.add(incident("2023-10-26", ERBIL, Weapon.DRONE, 2, 0, 0, IRI, ActorBasis.CLAIMED, US, 0.8,
        src("rudaw/2023-10-26-erbil.html", "2023-10-26", "https://www.rudaw.net/english/kurdistan/26102023", "Drones downed over Erbil airport",
            "Two drones were shot down over Erbil air base on Thursday, causing no casualties or damage, the Kurdistan Region's counter-terrorism service said.")));
    Incident range = incident("2023-11-01", GREEN_VILLAGE, Weapon.ROCKET, 6, null, null, IRI, ActorBasis.CLAIMED, US, 0.66,
        src("syria/2023-11-02-euphrates.txt", "2023-11-02", null, null,
            "Six rockets were fired at the Green Village base on Wednesday evening."),
        src("sohr/2023-11-02-green-village.html", "2023-11-02", "https://www.syriahr.com/en/317000/", "Rocket attack targets Green Village",
            "Militias fired nine rockets at the US base in Green Village east of Deir ez-Zor."));
    list.add(withRanges(range, new IntRange(6, 9), null, null));
    list.add(new Incident("2023-11-01-rmelan-unknown", LocalDate.parse("2023-11-01"), DatePrecision.MONTH, RMELAN, Weapon.UNKNOWN,
        null, null, null, null, ActorBasis.UNKNOWN, null,
        List.of(src("local/2023-11-30-roundup.md", "2023-11-30", null, "November round-up",
            "Explosions were heard near Rmelan earlier this month; it was unclear whether a base was targeted.")),
        0.35, null, null, null));
    list.add(incident("2023-11-20", AIN_AL_ASAD, Weapon.MISSILE, 1, 0, 8, KH, ActorBasis.ATTRIBUTED, US, 0.84,
        src("dod/2023-11-21-ain-al-asad.txt", "2023-11-21", "https://www.defense.gov/News/Releases/", "Statement on attack at Ain al-Asad",
            "A close-range ballistic missile struck Ain al-Asad air base on November 20, causing eight minor injuries; US officials blamed Kata'ib Hezbollah.")));
    list.add(incident("2023-11-21", SHADDADI, Weapon.DRONE, 1, null, null, IRI, ActorBasis.CLAIMED, US, 0.61,
        src("sohr/2023-11-22-shaddadi.html", "2023-11-22", "https://www.syriahr.com/en/318000/", "Drone targets al-Shaddadi base",
            "A drone targeted the US base in al-Shaddadi in Al-Hasakah countryside, the Islamic Resistance in Iraq claimed.")));
    list.add(incident("2023-12-03", new Place("Bab al-Mandab", 12.5833, 43.3333, null, null, PlacePrecision.SITE, "geonames:443197"),
        Weapon.MISSILE, 3, 0, 0, HOUTHIS, ActorBasis.CLAIMED, "Commercial ships Unity Explorer, Number 9 and Sophie II", 0.86,
        src("ap/2023-12-03-red-sea-ships.md", "2023-12-03", "https://apnews.com/article/red-sea-ships-houthi", "Houthis hit three commercial ships",
            "Three anti-ship ballistic missiles fired from Yemen struck or landed near three commercial ships in the Bab al-Mandab; the Houthis claimed the attack and no injuries were reported.")));
    list.add(new Incident("2023-12-04-iraq-rocket", LocalDate.parse("2023-12-04"), DatePrecision.WEEK, IRAQ, Weapon.ROCKET,
        null, null, null, null, ActorBasis.UNKNOWN, null,
        List.of(src("local/2023-12-09-weekly.md", "2023-12-09", null, "Weekly security digest",
            "Several rocket attacks were reported against bases in Iraq this week, without further detail.")),
        0.4, null, null, null));
    list.add(incident("2024-01-09", RED_SEA, Weapon.DRONE, 21, 0, 0, HOUTHIS, ActorBasis.ATTRIBUTED, "US and UK warships and merchant shipping", 0.9,
        src("centcom/2024-01-10-red-sea.txt", "2024-01-10", "https://www.centcom.mil/MEDIA/STATEMENTS/", "Houthis launch largest attack yet in the Red Sea",
            "Iranian-backed Houthis launched a complex attack of 18 one-way attack drones, two anti-ship cruise missiles and one anti-ship ballistic missile into the southern Red Sea; there were no injuries or damage.")));
    Incident asad = incident("2024-01-20", AIN_AL_ASAD, Weapon.MISSILE, 14, 0, 4, IRI, ActorBasis.CLAIMED, US, 0.87,
        src("reuters/2024-01-20-ain-al-asad.html", "2024-01-20", "https://www.reuters.com/world/middle-east/ain-al-asad-2024-01-20/",
            "Ballistic missiles and rockets hit Ain al-Asad",
            "Iran-backed militants fired 14 ballistic missiles and rockets at Ain al-Asad air base on Saturday, wounding four US personnel, US Central Command said."),
        src("kurdistan24/2024-01-21-asad.html", "2024-01-21", "https://www.kurdistan24.net/en/story/33333", "Up to 30 rockets fired at Ain al-Asad",
            "Local security sources said around 30 rockets and missiles were launched at the base, and a number of US soldiers were being evaluated for brain injuries."));
    list.add(withRanges(asad, new IntRange(14, 30), null, null));
    list.add(incident("2024-01-26", GULF_OF_ADEN, Weapon.MISSILE, 1, 0, 0, HOUTHIS, ActorBasis.CLAIMED, "Tanker Marlin Luanda", 0.85,
        src("ap/2024-01-27-marlin-luanda.md", "2024-01-27", "https://apnews.com/article/marlin-luanda-houthi", "Houthi missile sets tanker on fire",
            "A Houthi anti-ship ballistic missile struck the tanker Marlin Luanda in the Gulf of Aden on Friday, setting it ablaze; no one was hurt.")));
    Incident tower = incident("2024-01-28", TOWER_22, Weapon.DRONE, 1, 3, 34, IRI, ActorBasis.CLAIMED, US, 0.95,
        src("dod/2024-01-28-tower22.txt", "2024-01-28", "https://www.defense.gov/News/Releases/Release/Article/3659809/",
            "Statement on the attack on Tower 22",
            "Three US service members were killed and 34 injured when a one-way attack drone struck Tower 22 in northeast Jordan on Sunday."),
        src("ap/2024-01-30-tower22.md", "2024-01-30", "https://apnews.com/article/jordan-drone-attack-tower-22",
            "More than 40 troops hurt in Jordan drone strike",
            "The Pentagon said Tuesday that more than 40 troops were hurt in the drone strike on Tower 22, most with minor injuries."));
    list.add(withRanges(tower, null, null, new IntRange(34, 40)));
    list.add(new Incident("undated-unplaced-unknown", null, DatePrecision.UNKNOWN, null, Weapon.UNKNOWN,
        null, null, null, null, ActorBasis.UNKNOWN, "a US base",
        List.of(src("misc/undated-blog.html", "2024-02-01", "javascript:alert(1)", "Blog post",
            "An attack on a US base was mentioned without a date or place.")),
        0.2, null, null, null));
    list.add(incident("2024-02-04", RED_SEA, Weapon.MISSILE, 1, null, null, HOUTHIS, ActorBasis.ATTRIBUTED, "USS Laboon", 0.74,
        src("centcom/2024-02-04-laboon.txt", "2024-02-04", "https://www.centcom.mil/MEDIA/STATEMENTS/Article/3665720/", null,
            "An anti-ship cruise missile was launched from Houthi-controlled Yemen toward USS Laboon in the Red Sea and was shot down by the destroyer.")));
    list.sort(java.util.Comparator.comparing(Incident::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(Incident::id));
    return new IncidentSet(list);
  }

  static Incident withRanges(Incident i, IntRange projectiles, IntRange killed, IntRange injured) {
    return new Incident(i.id(), i.date(), i.datePrecision(), i.place(), i.weapon(), i.projectiles(), i.killed(), i.injured(),
        i.actor(), i.actorBasis(), i.target(), i.sources(), i.confidence(), projectiles, killed, injured);
  }

  static List<Issue> issues() {
    return List.of(
        new Issue("skipped-file-type", "inputs/photo.jpg", 0, "not a text or HTML file; skipped"),
        new Issue("skipped-file-type", "inputs/notes.docx", 0, "not a text or HTML file; skipped"),
        new Issue("unresolved-place", "syria/2023-10-27-conoco.txt", 4, "place 'Conoco' matched 3 gazetteer entries; chose the nearest to Deir ez-Zor"),
        new Issue("no-publication-date", "misc/undated-blog.html", 0, "no manifest row and no dateline; incident dates left unknown"));
  }

  /** A simple bar chart PNG standing in for the timeline. */
  static byte[] timelinePng(IncidentSet set) {
    int w = 1200;
    int h = 340;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(0xd6dce4));
    g.setStroke(new BasicStroke(1));
    for (int y = 40; y <= 280; y += 60) {
      g.drawLine(60, y, w - 20, y);
    }
    LocalDate start = LocalDate.parse("2023-10-16");
    int weeks = 17;
    int[] counts = new int[weeks];
    for (Incident i : set.incidents()) {
      if (i.date() != null) {
        int wk = (int) java.time.temporal.ChronoUnit.WEEKS.between(start, i.date());
        if (wk >= 0 && wk < weeks) {
          counts[wk]++;
        }
      }
    }
    int bw = (w - 100) / weeks;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int k = 0; k < weeks; k++) {
      int bh = counts[k] * 40;
      g.setColor(new Color(0x1f4e79));
      g.fillRect(70 + k * bw, 280 - bh, bw - 10, bh);
      g.setColor(new Color(0x5d6877));
      if (k % 2 == 0) {
        g.drawString(start.plusWeeks(k).toString().substring(5), 70 + k * bw, 300);
      }
    }
    g.drawString("incidents per week", 60, 25);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A tiny SVG standing in for the map. */
  static byte[] mapSvg() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"300\" viewBox=\"0 0 600 300\">"
        + "<rect width=\"600\" height=\"300\" fill=\"#eef2f6\"/><circle cx=\"300\" cy=\"120\" r=\"6\" fill=\"#b3261e\"/>"
        + "<text x=\"10\" y=\"290\" font-family=\"sans-serif\" font-size=\"12\">placeholder map</text></svg>";
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  static ReportInput input(IncidentSet set) {
    return new ReportInput("Attacks on US forces and shipping", LocalDate.parse("2023-10-17"), LocalDate.parse("2024-02-04"),
        set,
        List.of(new ReportImage("timeline", "Incidents per week", "Weekly count of incidents by date; undated incidents are not shown.", "image/png", timelinePng(set)),
            new ReportImage("map", "Strike locations", "Located incidents; marker size by number of incidents at the site.", "image/svg+xml", mapSvg())),
        issues(), 24, "sitrep 0.1.0");
  }
}
