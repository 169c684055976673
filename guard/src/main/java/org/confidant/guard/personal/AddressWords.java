package org.confidant.guard.personal;

import java.util.Set;

/**
 * Word lists for street addresses: street types after and before the name, unit words,
 * residence cues, venue cues, and words that never belong to a street name.
 */
final class AddressWords {
  private AddressWords() {}

  /** An immutable set of the words; repeats are allowed, so lists can grow without care. */
  static org.confidant.guard.text.WordTable words(String... words) {
    return org.confidant.guard.text.WordTable.of(words);
  }

  /** Street types that end a street name and are rarely anything else ("Elm St", "Oak Road"). */
  static final org.confidant.guard.text.WordTable TYPES = words("street", "st", "avenue", "ave", "av", "road", "rd",
      "lane", "ln", "boulevard", "blvd", "ct", "pl", "ter", "terr", "cir", "parkway", "pkwy",
      "highway", "hwy", "trl", "sq", "cres", "aly", "xing", "expy", "fwy", "rte", "hts", "dr",
      "drive", "court", "place", "way", "terrace", "circle", "trail", "square", "plaza", "alley",
      "row", "crescent", "close", "walk", "path", "pike", "turnpike", "loop", "run", "point",
      "heights", "crossing", "grove", "gardens", "green", "commons", "ridge", "view", "hill",
      "park", "landing", "bend", "cove", "estates", "mews", "expressway", "freeway", "wynd",
      "straat", "strasse", "straße", "gasse", "weg", "laan", "allee", "platz", "gata", "gatan",
      "vej", "utca", "ulica", "rkp", "útja", "utja", "út", "tér");

  /** Street types that are also ordinary words; they need capitals or a residence cue. */
  static final org.confidant.guard.text.WordTable AMBIGUOUS_TYPES = words("dr", "drive", "court", "place", "way",
      "terrace", "circle", "trail", "square", "plaza", "alley", "row", "crescent", "close", "walk",
      "path", "pike", "loop", "run", "point", "heights", "crossing", "grove", "gardens", "green",
      "commons", "ridge", "view", "hill", "park", "landing", "bend", "cove", "estates", "mews",
      "av", "sq", "weg", "út", "tér");

  /** Street types of other languages, after which the house number follows ("Weg 12"). */
  static final org.confidant.guard.text.WordTable EURO_TYPES = words("straat", "strasse", "straße", "gasse", "weg",
      "laan", "allee", "platz", "gata", "gatan", "vej", "utca", "ulica", "rkp", "útja", "utja",
      "út", "tér", "gürtel", "ring", "steig", "damm", "ufer", "kade", "plein", "gracht");

  /** Street types written before the name ("Calle Olmo 14", "Av. Reforma 220", "rue Descartes"). */
  static final org.confidant.guard.text.WordTable PREFIX_TYPES = words("calle", "avenida", "av", "avda", "avd",
      "paseo", "camino", "carrera", "cra", "calzada", "pasaje", "ronda", "carretera", "rue",
      "via", "viale", "rua", "praça", "piazza", "plaza", "callejón", "callejon", "bulevar",
      "privada", "cerrada", "andador", "circuito", "prolongación", "prolongacion", "boulevard");

  /** Endings of one-word street names in other languages ("Nassaustraat", "Ziegelgasse"). */
  static final String[] SUFFIXES = {"straat", "strasse", "straße", "gasse", "laan", "plein",
      "gracht", "allee", "platz", "gatan", "gata", "vej", "utca", "ulica", "katu", "weg"};

  /** The length of the shortest of {@link #SUFFIXES}. */
  private static final int SUFFIX_MIN;
  /** Whether some ending in {@link #SUFFIXES} ends with this ASCII character. */
  private static final boolean[] SUFFIX_LAST = new boolean[128];

  static {
    int min = Integer.MAX_VALUE;
    for (String s : SUFFIXES) {
      min = Math.min(min, s.length());
      char c = s.charAt(s.length() - 1);
      if (c >= 128) {
        throw new AssertionError("non-ASCII ending: " + s);
      }
      SUFFIX_LAST[c] = true;
    }
    SUFFIX_MIN = min;
  }

  /** Words that introduce a flat or unit ("Apt 3B", "suite 200", "piso 3"). */
  static final org.confidant.guard.text.WordTable UNITS = words("apt", "apartment", "unit", "suite", "ste", "flat",
      "fl", "floor", "bldg", "building", "piso", "depto", "dpto", "departamento", "puerta", "pta",
      "interior", "int", "lot", "space", "trailer", "no", "number", "número", "numero", "casa");

  /** Unit words that alone, before a number, point at a home ("apartment 4C"). */
  static final org.confidant.guard.text.WordTable HOME_UNITS = words("apt", "apartment", "unit", "suite", "ste",
      "flat", "depto", "dpto", "departamento", "condo");

  /** Compass points after a street type ("Ave NW") or before a name ("W 4th St"). */
  static final org.confidant.guard.text.WordTable DIRECTIONS = words("n", "s", "e", "w", "ne", "nw", "se", "sw",
      "north", "south", "east", "west", "norte", "sur", "oriente", "poniente");

  /** Words that never belong to a street name; a name scan stops at them. */
  static final org.confidant.guard.text.WordTable NOT_NAME = words("the", "a", "an", "at", "to", "of", "in", "on",
      "and", "or", "for", "with", "from", "by", "is", "are", "was", "were", "be", "my", "your",
      "his", "her", "our", "their", "this", "that", "these", "those", "it", "its", "i", "you",
      "he", "she", "we", "they", "me", "am", "pm", "times", "time", "days", "day", "years", "year",
      "yrs", "months", "month", "weeks", "week", "hours", "hour", "hrs", "minutes", "minute",
      "mins", "people", "guys", "women", "men", "members", "meetings", "meeting", "steps", "step",
      "pages", "page", "dollars", "bucks", "miles", "mile", "blocks", "block", "percent", "kids",
      "o'clock", "tonight", "today", "tomorrow", "now", "sharp", "ish", "more", "less",
      "not", "so", "but", "if", "then", "also", "just", "still", "all", "every", "each", "other",
      "y", "el", "la", "los", "las", "en", "de", "del", "años", "días", "horas", "personas",
      "cars", "car", "chairs", "cups", "pounds", "lbs", "calls", "texts", "newcomers", "names",
      "degrees", "grand", "k", "dollar", "cents", "shots", "beers", "drinks", "pills", "mg",
      "aa", "na", "ca", "al-anon", "tries", "kids", "dogs", "cats", "points", "coffee");

  /** Words before a number that make it something else ("page 86", "step 4", "Route 66"). */
  static final org.confidant.guard.text.WordTable NOT_HOUSE_NUMBER = words("page", "pages", "step", "steps", "chapter",
      "room", "route", "highway", "hwy", "interstate", "exit", "bus", "year", "day", "week",
      "class", "grade", "suite", "apt", "unit", "tradition", "concept", "página", "paso",
      "capítulo", "ruta", "sala", "number", "no", "número", "numero", "version", "level",
      "gate", "platform", "line", "channel", "ward", "bed", "door");

  /** Words that say the place is someone's home or mailing address. */
  static final org.confidant.guard.text.WordTable RESIDENCE = words("live", "lives", "living", "lived", "moved",
      "address", "addresses", "addy", "house", "home", "place", "apartment", "apt", "duplex",
      "condo", "trailer", "staying", "stays", "stay", "crash", "mail", "ship", "deliver",
      "return", "located", "billing", "shipping", "mailing", "neighbor", "neighbour", "landlord",
      "vivo", "vive", "viven", "vivimos", "casa", "domicilio", "dirección", "direccion",
      "departamento", "depto", "mudé", "mude", "mudamos", "mudó", "hogar", "residencia",
      "mine", "unit", "bedroom", "porch", "driveway", "garage", "yard", "neighborhood");

  /** Words that say the place is a public venue, whose address may be shared. */
  static final org.confidant.guard.text.WordTable VENUE = words("meeting", "meetings", "meets", "meet", "church",
      "chapel", "hall", "club", "clubhouse", "venue", "office", "intergroup", "hospital",
      "library", "center", "centre", "school", "ymca", "ywca", "parish", "parroquia", "iglesia",
      "salón", "salon", "reunión", "reuniones", "group", "grupo", "temple", "synagogue",
      "cathedral", "methodist", "baptist", "lutheran", "presbyterian", "episcopal", "catholic",
      "alano", "fellowship", "convention", "roundup", "retreat", "clinic", "shelter",
      "courthouse", "station", "grange", "auditorium", "congregational", "unitarian", "study",
      "parroquia", "capilla", "templo", "centro", "oficina", "hospital");

  /** {@link #hasStreetSuffix(String)} of {@code lower[from, to)}, without cutting it out. */
  static boolean hasStreetSuffix(String lower, int from, int to) {
    int n = to - from;
    if (n < SUFFIX_MIN + 2) {
      return false;
    }
    char last = lower.charAt(to - 1);
    if (last >= 128 || !SUFFIX_LAST[last]) {
      return false;
    }
    for (String s : SUFFIXES) {
      if (n >= s.length() + 2 && lower.startsWith(s, to - s.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word ends with a one-word street-name ending and is longer than it. */
  static boolean hasStreetSuffix(String word) {
    int n = word.length();
    if (n < SUFFIX_MIN + 2) {
      return false;
    }
    char last = word.charAt(n - 1);
    if (last >= 128 || !SUFFIX_LAST[last]) {
      return false; // no ending ends with this character
    }
    for (String s : SUFFIXES) {
      if (word.length() >= s.length() + 2 && word.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
