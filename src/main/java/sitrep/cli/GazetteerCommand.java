package sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.geocode.Candidate;
import sitrep.geocode.Gazetteer;
import sitrep.geocode.GazetteerEntry;
import sitrep.geocode.PlaceResolver;
import sitrep.pipeline.Progress;

/** Gazetteer tools. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Query the bundled gazetteer.",
    subcommands = GazetteerCommand.Lookup.class)
public final class GazetteerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Ranked matches for a name. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Show the gazetteer entries matching NAME, best first, with why they rank so.")
  public static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin VerbosityOptions verbosity;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A place name (several words are joined).")
    List<String> name;

    @Option(names = "--country", paramLabel = "CC", description = "Prefer places in this country (ISO 3166 alpha-2).")
    String country;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most matches shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Gazetteer g = CommandSupport.gazetteer(Progress.silent());
      String query = String.join(" ", name);
      List<Candidate> found = new PlaceResolver(g).lookup(query,
          country == null ? null : country.toUpperCase(Locale.ROOT), Math.max(1, limit));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = mapper.createArrayNode();
        for (Candidate c : found) {
          GazetteerEntry e = c.entry();
          ObjectNode o = arr.addObject();
          o.put("name", e.name());
          o.put("lat", e.lat());
          o.put("lon", e.lon());
          o.put("country", e.country());
          o.put("admin1", e.admin1());
          o.put("type", e.kind());
          o.put("gazetteer_id", e.id());
          o.put("score", Math.round(c.score() * 1000) / 1000.0);
          ArrayNode reasons = o.putArray("reasons");
          c.reasons().forEach(reasons::add);
        }
        out.println(mapper.writeValueAsString(arr));
      } else if (found.isEmpty()) {
        out.println("no gazetteer entry matches '" + query + "'");
      } else {
        out.printf(Locale.ROOT, "%-4s %-34s %9s %10s %-3s %-22s %-15s %-22s %7s  %s%n", "#", "name", "lat", "lon",
            "cc", "admin1", "type", "id", "score", "why");
        int i = 1;
        for (Candidate c : found) {
          GazetteerEntry e = c.entry();
          out.printf(Locale.ROOT, "%-4d %-34s %9.4f %10.4f %-3s %-22s %-15s %-22s %7.2f  %s%n", i++, cut(e.name(), 34),
              e.lat(), e.lon(), e.country() == null ? "" : e.country(), cut(e.admin1() == null ? "" : e.admin1(), 22),
              e.kind(), cut(e.id(), 22), c.score(), String.join("; ", c.reasons()));
        }
      }
      out.flush();
      return found.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static String cut(String s, int n) {
      return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
  }
}
