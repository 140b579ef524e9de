package sitrep.geocode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Manual tool (not a test): prints the place and actor matches, and the top reading, for text files. */
public final class GazetteerShow {

  private GazetteerShow() {}

  public static void main(String[] args) throws Exception {
    Gazetteer g = Gazetteer.loadBundled();
    PlaceResolver r = new PlaceResolver(g);
    for (String a : args) {
      String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      System.out.println("== " + a);
      List<NameMatch<GazetteerEntry>> places = g.findPlaces(text);
      for (NameMatch<GazetteerEntry> m : places) {
        List<Candidate> c = r.rank(m, text, places);
        Candidate top = c.get(0);
        System.out.printf("P %6d %-28s %-34s %s %.2f %s%n", m.start(), m.surface().replace('\n', ' '),
            top.entry().id(), top.entry().name(), top.score(), c.size() > 1 ? "(" + c.size() + ")" : "");
      }
      for (NameMatch<ActorEntry> m : g.findActors(text)) {
        System.out.printf("A %6d %-28s %s%n", m.start(), m.surface(), m.entries().stream().map(ActorEntry::id).toList());
      }
    }
  }
}
