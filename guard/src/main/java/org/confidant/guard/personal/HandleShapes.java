package org.confidant.guard.personal;

import java.util.Map;
import java.util.Set;

/**
 * Judges single tokens that may be a social-media handle or profile link: profile URLs of the
 * common platforms, "@name", "$cashtag", "u/name", "name#1234", and bare names after a platform
 * cue. Pure functions of one token (bounded to {@link #MAX_TOKEN} characters).
 */
final class HandleShapes {
  /** Longest token examined; longer ones are not handles. */
  static final int MAX_TOKEN = 200;

  /** Platform hosts and what their first path segment must look like to name a person. */
  private static final Map<String, String> PLATFORMS = Map.ofEntries(
      Map.entry("facebook.com", "any"), Map.entry("fb.com", "any"), Map.entry("fb.me", "any"),
      Map.entry("instagram.com", "any"), Map.entry("instagr.am", "any"),
      Map.entry("twitter.com", "any"), Map.entry("x.com", "any"),
      Map.entry("tiktok.com", "@"), Map.entry("threads.net", "@"), Map.entry("threads.com", "@"),
      Map.entry("youtube.com", "@|c|channel|user"), Map.entry("linkedin.com", "in|pub"),
      Map.entry("snapchat.com", "add"), Map.entry("reddit.com", "u|user"),
      Map.entry("venmo.com", "any"), Map.entry("account.venmo.com", "u"),
      Map.entry("cash.app", "$"), Map.entry("t.me", "any"), Map.entry("wa.me", "any"),
      Map.entry("bsky.app", "profile"), Map.entry("medium.com", "@"),
      Map.entry("pinterest.com", "any"), Map.entry("twitch.tv", "any"),
      Map.entry("github.com", "any"), Map.entry("paypal.me", "any"),
      Map.entry("onlyfans.com", "any"), Map.entry("mastodon.social", "@"));

  /** First path segments that are not a person: site pages, posts, groups, events. */
  private static final Set<String> NOT_PROFILE = Cues.words(
      "groups", "group", "events", "event", "hashtag", "hashtags", "explore", "watch", "share",
      "sharer", "sharer.php", "p", "reel", "reels", "tv", "i", "intent", "search", "home",
      "login", "signup", "help", "about", "legal", "privacy", "policies", "settings", "tags",
      "tag", "joinchat", "marketplace", "gaming", "live", "feed", "notifications", "messages",
      "discover", "trending", "r", "watch?v", "shorts", "playlist", "results", "status", "s",
      "stories", "pages");

  /** Parts of the official pages of the fellowships and public services. */
  private static final String[] OFFICIAL = {
      "alcoholicsanonymous", "alcoholics_anonymous", "aaworldservices", "aa_gso", "aagso",
      "narcoticsanonymous", "alanon", "al-anon", "al_anon", "samhsa", "988lifeline",
      "intergroup", "centraloffice", "central_office", "aagrapevine", "grapevine"};

  /** Words after '@' that are a time, a place, or a group mention rather than a handle. */
  static final Set<String> AT_WORDS = Cues.words(
      "everyone", "here", "channel", "all", "everybody", "the", "a", "an", "home", "church",
      "noon", "night", "midnight", "work", "school", "my", "your", "our", "his", "her", "their",
      "this", "that", "least", "most", "once", "last", "first", "tonight", "today",
      "tomorrow", "mods", "admins", "admin", "moderators", "group", "todos", "todas", "casa",
      "la", "el", "los", "las", "mi", "tu", "su", "iglesia", "trabajo", "noche", "hall",
      "library", "park", "meeting", "clubhouse", "online", "room", "newcomers", "members");

  private HandleShapes() {}

  /** Whether a lower-case token is a personal profile link on a known platform. */
  static boolean isProfileLink(String token) {
    String t = token;
    int scheme = t.indexOf("://");
    if (scheme >= 0 && scheme <= 5) {
      t = t.substring(scheme + 3);
    }
    for (String prefix : new String[] {"www.", "m.", "mobile.", "web.", "es-la.", "es.", "en."}) {
      if (t.startsWith(prefix)) {
        t = t.substring(prefix.length());
        break;
      }
    }
    int slash = t.indexOf('/');
    if (slash <= 0) {
      return false;
    }
    String rule = PLATFORMS.get(t.substring(0, slash));
    if (rule == null) {
      return false;
    }
    String path = t.substring(slash + 1);
    int cut = segmentEnd(path, 0);
    String first = path.substring(0, cut);
    String second = "";
    if (cut < path.length() && path.charAt(cut) == '/') {
      second = path.substring(cut + 1, segmentEnd(path, cut + 1));
    }
    if (first.isEmpty() || NOT_PROFILE.contains(first) || isOfficial(first)) {
      return false;
    }
    switch (rule) {
      case "any":
        return !first.startsWith("share") && hasLetterOrDigit(first);
      case "@":
        return first.length() > 1 && first.charAt(0) == '@';
      case "$":
        return first.length() > 1 && first.charAt(0) == '$';
      default:
        if (rule.contains("@") && first.length() > 1 && first.charAt(0) == '@') {
          return !isOfficial(first);
        }
        boolean allowed = ("|" + rule + "|").contains("|" + first + "|");
        return allowed && !second.isEmpty() && !isOfficial(second);
    }
  }

  /** Whether a lower-case token names a known platform host at all (even without a path). */
  static boolean mentionsPlatformHost(String token) {
    for (String host : PLATFORMS.keySet()) {
      int at = token.indexOf(host);
      if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(token.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The length of the handle name after '@' at the start of {@code token}, or 0 if none. */
  static int atHandleLength(String token) {
    int i = 1;
    while (i < token.length() && i <= 31 && (isHandleChar(token.charAt(i))
        || (token.charAt(i) == '-' && i > 1))) {
      i++;
    }
    while (i > 1 && (token.charAt(i - 1) == '.' || token.charAt(i - 1) == '-')) {
      i--;
    }
    String name = token.substring(1, i).toLowerCase(java.util.Locale.ROOT);
    if (name.length() < 2 || !hasLetter(name) || isTime(name) || AT_WORDS.contains(name)
        || isOfficial(name)) {
      return 0;
    }
    if (i < token.length() && (token.charAt(i) == '@' || token.charAt(i) == '/')) {
      return 0; // part of an address or a path
    }
    return i;
  }

  /** Whether {@code token} ("$jaket99") is a payment tag; all-capital short ones are tickers. */
  static boolean isCashtag(String token) {
    if (token.length() < 3 || token.length() > 21 || token.charAt(0) != '$'
        || !Character.isLetter(token.charAt(1))) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!isHandleChar(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether the tag is all capitals and short, like a currency or a stock ticker. */
  static boolean looksLikeTicker(String token) {
    return token.length() <= 6 && token.substring(1).equals(
        token.substring(1).toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code token} ("u/jake_t", "/u/jake_t") is a Reddit user name. */
  static boolean isRedditUser(String lowerToken) {
    String t = lowerToken.startsWith("/u/") ? lowerToken.substring(3)
        : lowerToken.startsWith("u/") ? lowerToken.substring(2) : null;
    if (t == null || t.length() < 3 || t.length() > 20) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!isHandleChar(t.charAt(i)) && t.charAt(i) != '-') {
        return false;
      }
    }
    return hasLetter(t);
  }

  /** Whether {@code token} ("jake#1234") has the old Discord tag shape. */
  static boolean isDiscordTag(String lowerToken, Set<String> notNames) {
    int hash = lowerToken.indexOf('#');
    if (hash < 2 || hash > 32 || lowerToken.length() - hash - 1 != 4) {
      return false;
    }
    for (int i = hash + 1; i < lowerToken.length(); i++) {
      if (!DigitRuns.isDigit(lowerToken.charAt(i))) {
        return false;
      }
    }
    String name = lowerToken.substring(0, hash);
    for (int i = 0; i < name.length(); i++) {
      if (!isHandleChar(name.charAt(i))) {
        return false;
      }
    }
    return hasLetter(name) && !notNames.contains(name);
  }

  /**
   * Whether a bare token after a platform cue looks like a user name by itself: it has a digit,
   * an underscore, an inner dot, or an inner capital ("JakeTorres").
   */
  static boolean looksLikeUserName(String token) {
    if (token.length() < 3 || token.length() > 30 || !hasLetter(token)) {
      return false;
    }
    boolean marked = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!isHandleChar(c) && c != '-') {
        return false;
      }
      if (Character.isDigit(c) || c == '_' || (c == '.' && i > 0 && i < token.length() - 1)
          || (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1)))) {
        marked = true;
      }
    }
    return marked;
  }

  /** Whether a bare token is made of handle characters only (letters, digits, _ . -). */
  static boolean isPlainName(String token) {
    if (token.length() < 4 || token.length() > 30) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private static int segmentEnd(String path, int from) {
    int i = from;
    while (i < path.length() && "/?#".indexOf(path.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static boolean isOfficial(String segment) {
    for (String o : OFFICIAL) {
      if (segment.contains(o)) {
        return true;
      }
    }
    return segment.equals("aa") || segment.equals("na") || segment.startsWith("aa.");
  }

  private static boolean isTime(String name) {
    int i = 0;
    while (i < name.length() && (Character.isDigit(name.charAt(i)) || name.charAt(i) == ':'
        || name.charAt(i) == '.')) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    String rest = name.substring(i);
    return rest.isEmpty() || rest.equals("am") || rest.equals("pm") || rest.equals("h")
        || rest.equals("hs") || rest.equals("hrs") || rest.equals("ish") || rest.equals("a")
        || rest.equals("p") || rest.equals("th") || rest.equals("st") || rest.equals("nd")
        || rest.equals("rd");
  }

  static boolean isHandleChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '_' || c == '.'
        || (c >= 128 && Character.isLetter(c));
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
