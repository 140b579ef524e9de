package sitrep.geocode;

import java.util.Set;

/**
 * Lower-case words that are also the names of villages (or of people) somewhere in the gazetteer; a one-word place
 * name equal to one of them needs more evidence before it is read as a place.
 */
final class CommonWords {

  private CommonWords() {}

  /** English words, weekdays and months, news vocabulary and common personal names. */
  static final Set<String> WORDS = Set.of(
      "a", "abadi", "abbas", "abdul", "abdullah", "about", "above", "abu", "across", "after", "again", "against",
      "ago", "ahmad", "ahmed", "air", "ali", "all", "allah", "almost", "along", "already", "also", "although",
      "always", "am", "american", "americans", "amin", "amir", "among", "an", "and", "another", "ansar", "any",
      "anyone", "anything", "apr", "april", "arab", "arabiya", "arabs", "are", "area", "areas", "army", "around",
      "as", "asad", "assad", "at", "attack", "attacks", "aug", "august", "austin", "away", "back", "bad", "badr",
      "bahraini", "bakr", "bank", "base", "bases", "bashar", "be", "became", "because", "become", "been", "before",
      "began", "behind", "being", "below", "best", "better", "between", "biden", "big", "black", "blinken", "blue",
      "both", "brigade", "brigades", "british", "but", "by", "call", "called", "came", "camp", "can", "capital",
      "car", "care", "case", "cause", "center", "central", "centre", "chad", "chief", "china", "city", "civil",
      "clear", "close", "coalition", "coast", "come", "command", "commander", "comment", "control", "could",
      "council", "country", "court", "cross", "day", "days", "dead", "deal", "death", "dec", "december", "deep",
      "defence", "defense", "did", "different", "do", "does", "done", "door", "down", "drone", "drones", "during",
      "each", "early", "east", "eastern", "egyptian", "eight", "either", "emirati", "end", "enemy", "even",
      "evening", "ever", "every", "face", "fact", "fadel", "fall", "far", "faris", "fear", "feb", "february",
      "few", "field", "fifteen", "fifth", "fight", "fighter", "fighters", "fighting", "final", "fire", "first",
      "five", "flag", "for", "force", "forces", "foreign", "forest", "form", "former", "forward", "four", "free",
      "french", "fri", "friday", "from", "front", "full", "further", "garden", "general", "georgia", "get", "give",
      "given", "go", "going", "gold", "good", "government", "grad", "great", "green", "group", "groups", "guard",
      "guinea", "gulf", "had", "hadi", "haidar", "haider", "half", "hall", "hamid", "hamza", "hand", "hard", "has",
      "hasan", "hashd", "hassan", "have", "he", "head", "health", "heart", "held", "help", "her", "here", "high",
      "highway", "hill", "him", "his", "hit", "hold", "home", "hope", "hospital", "hot", "house", "houthi",
      "houthis", "how", "however", "human", "hurra", "husain", "hussein", "ibrahim", "if", "imam", "in", "inside",
      "interior", "into", "iran", "iranian", "iraqi", "is", "islam", "islamic", "ismail", "israel", "israeli",
      "it", "its", "jaafar", "jafar", "jamal", "jan", "january", "jazeera", "job", "joint", "jordan", "jordanian",
      "jul", "july", "jun", "june", "just", "justice", "kadhimi", "karim", "katyusha", "key", "khalid", "khamenei",
      "kill", "killed", "king", "kurd", "kurdish", "kurds", "kuwaiti", "land", "large", "last", "late", "later",
      "law", "lead", "leader", "least", "lebanese", "left", "less", "let", "life", "light", "like", "line",
      "little", "live", "local", "long", "look", "lord", "lost", "low", "made", "mahdi", "mahmoud", "main",
      "majid", "major", "make", "maliki", "man", "many", "mar", "march", "market", "may", "me", "media", "meeting",
      "member", "men", "middle", "might", "military", "mine", "minister", "ministry", "missile", "missiles",
      "mission", "mohammad", "mohammed", "mon", "monday", "month", "more", "morning", "most", "mother", "mount",
      "mountain", "move", "mr", "mrs", "much", "muhammad", "muhandis", "must", "mustafa", "my", "name",
      "nasrallah", "nasser", "nation", "national", "near", "netanyahu", "never", "new", "news", "next", "niger",
      "night", "nine", "no", "none", "north", "northern", "not", "nothing", "nov", "november", "now", "number",
      "obama", "oct", "october", "of", "off", "office", "officer", "officers", "official", "officials", "oil",
      "old", "omani", "omar", "on", "once", "one", "only", "open", "or", "order", "osman", "other", "our", "out",
      "over", "own", "palace", "palestinian", "park", "part", "party", "path", "peace", "people", "per", "place",
      "plain", "point", "police", "port", "post", "power", "press", "prince", "prison", "public", "qais", "qasim",
      "qassem", "qatari", "qods", "quarter", "quds", "queen", "radio", "rain", "raisi", "range", "rashid", "read",
      "real", "red", "region", "report", "reported", "reports", "republic", "resistance", "rest", "reuters",
      "right", "river", "road", "rock", "rocket", "rockets", "room", "round", "royal", "rudaw", "rule", "run",
      "russian", "saad", "sabreen", "sadr", "safe", "said", "saint", "saleh", "salim", "same", "sami", "saree",
      "sat", "saturday", "saudi", "say", "sayed", "sayyid", "sea", "second", "security", "see", "sep", "sept",
      "september", "seven", "shafaq", "shahed", "she", "sheikh", "shia", "ship", "short", "should", "side",
      "since", "sistani", "six", "small", "so", "soldier", "soldiers", "soleimani", "some", "south", "southern",
      "spring", "square", "star", "state", "states", "station", "still", "stone", "storm", "street", "strike",
      "strikes", "strong", "such", "sudani", "sulaimani", "suleimani", "sultan", "sun", "sunday", "sunni",
      "support", "sure", "syrian", "table", "taha", "take", "talib", "target", "ten", "than", "that", "the",
      "their", "them", "then", "there", "these", "they", "third", "this", "those", "three", "through", "thu",
      "thursday", "time", "to", "today", "told", "top", "tower", "town", "trade", "tree", "tribe", "tribes",
      "troops", "true", "trump", "tue", "tuesday", "turkey", "turkish", "twelve", "two", "umar", "under", "union",
      "unit", "united", "until", "up", "upon", "us", "usa", "use", "valley", "very", "victory", "view", "village",
      "wall", "war", "was", "water", "way", "we", "wed", "wednesday", "week", "well", "were", "west", "western",
      "what", "when", "where", "which", "while", "white", "who", "whole", "why", "will", "wind", "with", "without",
      "world", "would", "yahya", "yard", "yasser", "year", "years", "yemeni", "yes", "yet", "you", "young", "your",
      "yousef", "youssef", "yusuf", "zaid");

  /** True when the lower-cased surface is a common word. */
  static boolean contains(String lowerSurface) {
    return WORDS.contains(lowerSurface);
  }
}
