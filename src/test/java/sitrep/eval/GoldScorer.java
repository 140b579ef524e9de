package sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import sitrep.extract.Geo;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.SourceRef;

/**
 * The scoring of the project's eval script, in Java, so the build can fail on a regression: a predicted (document,
 * incident) pair matches a gold one when the document names agree, the dates are within the gold precision's
 * tolerance and the places within 50 km (or the same country where the gold has no coordinates); greedy one-to-one.
 */
final class GoldScorer {
  static final double MATCH_KM = 50;
  static final double SITE_KM = 5;
  private static final Map<String, Integer> TOLERANCE = Map.of("day", 1, "week", 7, "month", 31);

  record Gold(String doc, LocalDate date, Double lat, Double lon, JsonNode node, int tolerance, boolean optional) {}

  record Pred(String doc, LocalDate date, Incident incident) {}

  record Score(int gold, int predicted, int matched, double precision, double recall, double f1, Double dateExact,
      Double siteWithin5km, Double weapon, Double projectiles, Double killed, Double injured, Double actor,
      List<String> misses) {
    String summary() {
      return String.format(Locale.ROOT,
          "gold=%d predicted=%d matched=%d precision=%.3f recall=%.3f f1=%.3f date_exact=%s site_5km=%s weapon=%s "
              + "projectiles=%s killed=%s injured=%s actor=%s",
          gold, predicted, matched, precision, recall, f1, fmt(dateExact), fmt(siteWithin5km), fmt(weapon),
          fmt(projectiles), fmt(killed), fmt(injured), fmt(actor));
    }

    private static String fmt(Double d) {
      return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
  }

  private GoldScorer() {}

  static List<Gold> readGold(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = mapper.readTree(line);
      LocalDate date = g.path("date").isTextual() ? LocalDate.parse(g.get("date").asText().substring(0, 10)) : null;
      Double lat = g.path("lat").isNumber() ? g.get("lat").asDouble() : null;
      Double lon = g.path("lon").isNumber() ? g.get("lon").asDouble() : null;
      int tol = TOLERANCE.getOrDefault(g.path("date_precision").asText("day"), 1);
      out.add(new Gold(g.get("doc").asText(), date, lat, lon, g, tol, g.path("optional").asBoolean(false)));
    }
    return out;
  }

  static Score score(IncidentSet set, List<Gold> gold, Set<String> scope) {
    List<Pred> pred = new ArrayList<>();
    for (Incident i : set.incidents()) {
      for (SourceRef s : i.sources()) {
        String doc = Path.of(s.doc()).getFileName().toString();
        if (scope.stream().anyMatch(doc::endsWith)) {
          pred.add(new Pred(doc, i.date(), i));
        }
      }
    }
    record Cand(int dd, double km, int p, int g) {}
    List<Cand> cands = new ArrayList<>();
    for (int p = 0; p < pred.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        Pred pr = pred.get(p);
        Gold go = gold.get(g);
        if (!pr.doc().endsWith(go.doc()) || pr.date() == null || go.date() == null) {
          continue;
        }
        long dd = Math.abs(pr.date().toEpochDay() - go.date().toEpochDay());
        if (dd > go.tolerance()) {
          continue;
        }
        double d;
        if (go.lat() == null || go.lon() == null) {
          String pc = pr.incident().place() == null || pr.incident().place().country() == null ? ""
              : pr.incident().place().country().toUpperCase(Locale.ROOT);
          String gc = go.node().path("country").asText("").toUpperCase(Locale.ROOT);
          if (!pc.isEmpty() && !gc.isEmpty() && !"NULL".equals(gc) && !pc.equals(gc)) {
            continue;
          }
          d = MATCH_KM;
        } else if (pr.incident().place() == null || !pr.incident().place().located()) {
          continue;
        } else {
          d = Geo.km(pr.incident().place().lat(), pr.incident().place().lon(), go.lat(), go.lon());
        }
        if (d <= MATCH_KM) {
          cands.add(new Cand((int) Math.min(dd, 2), d, p, g));
        }
      }
    }
    cands.sort(Comparator.comparingInt(Cand::dd).thenComparingDouble(Cand::km).thenComparingInt(Cand::p)
        .thenComparingInt(Cand::g));
    Set<Integer> usedP = new HashSet<>();
    Set<Integer> usedG = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (Cand c : cands) {
      if (usedP.contains(c.p()) || usedG.contains(c.g())) {
        continue;
      }
      usedP.add(c.p());
      usedG.add(c.g());
      pairs.add(new int[] {c.p(), c.g()});
    }
    int matchedOptional = (int) pairs.stream().filter(pg -> gold.get(pg[1]).optional()).count();
    int tp = pairs.size() - matchedOptional;
    int scoredPred = pred.size() - matchedOptional;
    int required = (int) gold.stream().filter(g -> !g.optional()).count();
    double precision = scoredPred == 0 ? 0 : (double) tp / scoredPred;
    double recall = required == 0 ? 0 : (double) tp / required;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    List<int[]> req = pairs.stream().filter(pg -> !gold.get(pg[1]).optional()).toList();
    BiFunction<BiFunction<Incident, Gold, Boolean>, Void, Double> acc = (fn, v) -> {
      int n = 0;
      int ok = 0;
      for (int[] pg : req) {
        Boolean r = fn.apply(pred.get(pg[0]).incident(), gold.get(pg[1]));
        if (r != null) {
          n++;
          ok += r ? 1 : 0;
        }
      }
      return n == 0 ? null : (double) ok / n;
    };
    List<String> misses = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!usedG.contains(g) && !gold.get(g).optional()) {
        Gold go = gold.get(g);
        misses.add("missed " + go.doc() + " " + go.date() + " " + go.node().path("place").asText() + " "
            + go.node().path("weapon").asText());
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!usedP.contains(p)) {
        Incident i = pred.get(p).incident();
        misses.add("extra  " + pred.get(p).doc() + " " + i.date() + " " + (i.place() == null ? "-" : i.place().name())
            + " " + i.weapon().id());
      }
    }
    return new Score(required, scoredPred, tp, precision, recall, f1,
        acc.apply((i, g) -> g.date().equals(i.date()), null),
        acc.apply((i, g) -> g.lat() == null ? null : i.place() != null && i.place().located()
            && Geo.km(i.place().lat(), i.place().lon(), g.lat(), g.lon()) <= SITE_KM, null),
        acc.apply((i, g) -> i.weapon().id().equals(g.node().path("weapon").asText()), null),
        acc.apply((i, g) -> g.node().path("projectiles").isNumber()
            ? Integer.valueOf(g.node().get("projectiles").asInt()).equals(i.projectiles()) : null, null),
        acc.apply((i, g) -> g.node().path("killed").isNumber()
            ? Integer.valueOf(g.node().get("killed").asInt()).equals(i.killed()) : null, null),
        acc.apply((i, g) -> g.node().path("injured").isNumber()
            ? Integer.valueOf(g.node().get("injured").asInt()).equals(i.injured()) : null, null),
        acc.apply((i, g) -> {
          String ga = norm(g.node().path("actor").asText(""));
          if (ga.isEmpty() || g.node().path("actor").isNull()) {
            return null;
          }
          String pa = norm(i.actor());
          return !pa.isEmpty() && (pa.contains(ga) || ga.contains(pa));
        }, null),
        misses);
  }

  private static String norm(String s) {
    return String.join(" ", (s == null ? "" : s).toLowerCase(Locale.ROOT).replace("'", "").replace("-", " ").trim()
        .split("\\s+")).trim();
  }
}
