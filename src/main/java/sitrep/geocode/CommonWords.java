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
      "a", "abbas", "abdul", "abdullah", "about", "above", "abu", "across", "after", "again", "against", "ago",
      "ahmad", "ahmed", "air", "ali", "all", "allah", "almost", "along", "already", "also", "although", "always",
      "am", "american", "americans", "amin", "amir", "asad", "assad", "among", "an", "and", "another", "ansar", "any", "anyone",
      "anything", "april", "arab", "arabs", "are", "area", "areas", "army", "around", "as", "at", "attack",
      "attacks", "august", "away", "back", "bad", "bakr", "bank", "base", "bases", "bashar", "be", "became",
      "because", "become", "been", "before", "began", "behind", "being", "below", "best", "better", "between",
      "big", "black", "blue", "both", "brigade", "brigades", "but", "by", "call", "called", "came", "camp", "can",
      "capital", "car", "care", "case", "cause", "center", "central", "centre", "chad", "chief", "china", "city",
      "civil", "clear", "close", "coalition", "coast", "come", "command", "commander", "comment", "control",
      "could", "council", "country", "court", "cross", "day", "days", "dead", "deal", "death", "december", "deep",
      "defence", "defense", "did", "different", "do", "does", "done", "door", "down", "drone", "drones", "during",
      "each", "early", "east", "eastern", "eight", "either", "end", "enemy", "even", "evening", "ever", "every",
      "face", "fact", "fadel", "fall", "far", "faris", "fear", "february", "few", "field", "fifteen", "fifth",
      "fight", "fighter", "fighters", "fighting", "final", "fire", "first", "five", "flag", "for", "force",
      "forces", "foreign", "forest", "form", "former", "forward", "four", "free", "friday", "from", "front",
      "full", "further", "garden", "general", "georgia", "get", "give", "given", "go", "going", "gold", "good",
      "government", "great", "green", "group", "groups", "guard", "guinea", "had", "hadi", "haidar", "haider",
      "half", "hall", "hamid", "hamza", "hand", "hard", "has", "hasan", "hassan", "have", "he", "head", "health",
      "heart", "held", "help", "her", "here", "high", "highway", "hill", "him", "his", "hit", "hold", "home",
      "hope", "hospital", "hot", "house", "how", "however", "human", "husain", "hussein", "ibrahim", "if", "imam",
      "in", "inside", "interior", "into", "iran", "iranian", "iraqi", "is", "islam", "islamic", "ismail", "israel",
      "israeli", "it", "its", "jaafar", "jafar", "jamal", "january", "job", "joint", "jordan", "jordanian", "july",
      "june", "just", "justice", "karim", "key", "khalid", "kill", "killed", "king", "kurdish", "land", "large",
      "last", "late", "later", "law", "lead", "leader", "least", "left", "less", "let", "life", "light", "like",
      "line", "little", "live", "local", "long", "look", "lord", "lost", "low", "made", "mahdi", "mahmoud", "main",
      "majid", "major", "make", "man", "many", "march", "market", "may", "me", "media", "meeting", "member", "men",
      "middle", "might", "military", "mine", "minister", "ministry", "missile", "missiles", "mission", "mohammad",
      "mohammed", "monday", "month", "more", "morning", "most", "mother", "mount", "mountain", "move", "mr", "mrs",
      "much", "muhammad", "must", "mustafa", "my", "name", "nasrallah", "nasser", "nation", "national", "near",
      "never", "new", "news", "next", "niger", "night", "nine", "no", "none", "north", "northern", "not",
      "nothing", "november", "now", "number", "october", "of", "off", "office", "officer", "officers", "official",
      "officials", "oil", "old", "omar", "on", "once", "one", "only", "open", "or", "order", "osman", "other",
      "our", "out", "over", "own", "palace", "park", "part", "party", "path", "peace", "people", "per", "place",
      "plain", "point", "police", "port", "post", "power", "press", "prince", "prison", "public", "qais", "qasim",
      "qassem", "quarter", "queen", "radio", "rain", "range", "rashid", "read", "real", "red", "region", "report",
      "reported", "reports", "republic", "resistance", "rest", "right", "river", "road", "rock", "rocket",
      "rockets", "room", "round", "royal", "rule", "run", "saad", "sadr", "safe", "said", "saint", "saleh",
      "salim", "same", "sami", "saturday", "say", "sayed", "sayyid", "sea", "second", "security", "see",
      "september", "seven", "she", "sheikh", "shia", "ship", "short", "should", "side", "since", "six", "small",
      "so", "soldier", "soldiers", "some", "south", "southern", "spring", "square", "star", "state", "states",
      "station", "still", "stone", "storm", "street", "strike", "strikes", "strong", "such", "sultan", "sun",
      "sunday", "sunni", "support", "sure", "syrian", "table", "taha", "take", "talib", "target", "ten", "than",
      "that", "the", "their", "them", "then", "there", "these", "they", "third", "this", "those", "three",
      "through", "thursday", "time", "to", "today", "told", "top", "tower", "town", "trade", "tree", "tribe",
      "tribes", "troops", "true", "tuesday", "turkey", "twelve", "two", "umar", "under", "union", "unit", "united",
      "until", "up", "upon", "us", "usa", "use", "valley", "very", "victory", "view", "village", "wall", "war",
      "was", "water", "way", "we", "wednesday", "week", "well", "were", "west", "western", "what", "when", "where",
      "which", "while", "white", "who", "whole", "why", "will", "wind", "with", "without", "world", "would",
      "yard", "yasser", "year", "years", "yemeni", "yes", "yet", "you", "young", "your", "yousef", "youssef",
      "yusuf", "zaid");

  /** True when the lower-cased surface is a common word. */
  static boolean contains(String lowerSurface) {
    return WORDS.contains(lowerSurface);
  }
}
