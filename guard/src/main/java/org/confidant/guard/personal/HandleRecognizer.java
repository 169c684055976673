package org.confidant.guard.personal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.confidant.guard.names.NameLexicon;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags social-media handles and profile links: "@jake_t", profile URLs (facebook.com/…,
 * instagram.com/…, x.com/…, tiktok.com/@…, linkedin.com/in/…, YouTube, Threads, Snapchat,
 * Reddit u/…, Venmo, Cash App $tags, Telegram), old Discord tags ("jake#1234"), and a bare user
 * name after a platform cue ("my snap is jaket99", "IG: jake.t.sober", "mi insta es …",
 * "sígueme en tiktok: …").
 *
 * <p>Deliberately passes: the '@' inside an email address, times and places after '@' ("@ 7pm",
 * "@the church"), group mentions ("@everyone", "@here"), a platform named without a handle ("I
 * deleted instagram"), a full name after a platform ("find me on facebook, Jake Torres": that is
 * a name, reported as one elsewhere), the official pages of the fellowships and public services,
 * and in-app mentions of one capitalised first name ("@Sarah thanks") with no platform cue.
 *
 * <p>How: one pass over whitespace-separated tokens (each examined up to a fixed length), with a
 * look-ahead of at most three tokens after a cue. Linear, no regular expressions.
 */
public final class HandleRecognizer implements Recognizer {
  private static final String EXPLAIN_AUTHOR =
      ContactExplanation.of("social-media handle or profile link", Subject.AUTHOR);
  private static final String EXPLAIN_OTHER =
      ContactExplanation.of("social-media handle or profile link", Subject.OTHER);
  private static final int LOOK_AHEAD = 3;
  /** Births a given name needs to count as a common first name ("@mike" is a mention). */
  private static final int COMMON_GIVEN_NAME = 1000;

  /** Words that name a platform where people have handles. */
  static final org.confidant.guard.text.WordTable PLATFORM_CUES = Cues.words(
      "ig", "insta", "instagram", "snap", "snapchat", "sc", "tiktok", "tik tok", "twitter",
      "fb", "facebook", "face", "venmo", "cashapp", "cash app", "telegram", "threads",
      "discord", "reddit", "youtube", "linkedin", "bluesky", "bsky", "kik", "twitch",
      "pinterest", "tumblr", "mastodon", "handle", "username", "user name", "usuario", "x");

  /** The first words of the two-word entries of {@link #PLATFORM_CUES} ("tik" of "tik tok"). */
  private static final org.confidant.guard.text.WordTable PLATFORM_FIRST_WORDS = Cues.words(
      PLATFORM_CUES.stream().filter(c -> c.indexOf(' ') > 0)
          .map(c -> c.substring(0, c.indexOf(' '))).toArray(String[]::new));

  /** Words between a cue and the handle; the strong ones can introduce a plain word. */
  private static final Set<String> CONNECTORS = Cues.words(
      "is", "es", "as", "como", "at", "it's", "its", "handle", "name", "username", "user",
      "account", "acct", "cuenta", "usuario", "under", "named", "called", "me", "soy", "-", "–",
      "—", ":", "=", "->", "=>", "on", "en", "page", "profile", "perfil", "también", "too",
      "also", "tambien", "here", "aquí", "aqui", "everywhere", "now", "still", "ahora",
      "siempre", "today", "hoy");
  private static final Set<String> STRONG = Cues.words(
      "is", "es", "as", "como", "handle", "username", "user", "account", "cuenta", "usuario",
      "under", "named", "called", ":", "=", "->", "=>");

  /** Ordinary words that follow a platform cue without being a handle. */
  private static final Set<String> ORDINARY = Cues.words(
      "well", "much", "too", "all", "every", "everyday", "daily", "now", "again", "also",
      "though", "right", "private", "public", "down", "dead", "deleted", "gone", "blocked",
      "hacked", "broken", "closed", "open", "new", "old", "fine", "great", "good", "bad",
      "toxic", "boring", "weird", "crazy", "same", "different", "there", "here", "this",
      "that", "these", "those", "then", "when", "where", "what", "because", "since", "until",
      "just", "still", "today", "tonight", "later", "back", "really", "anymore", "either",
      "only", "mostly", "sometimes", "always", "never", "lately", "though", "okay", "cool",
      "fun", "stupid", "addictive", "awful", "terrible", "amazing", "everything", "nothing",
      "something", "anything", "stories", "story", "posts", "reels", "videos", "messages",
      "también", "todo", "todos", "ahora", "hoy", "privado", "privada", "público", "pública",
      "bien", "mal", "muy", "más", "mucho", "siempre", "nunca", "nada", "aquí", "allí", "pero",
      "porque", "cuando", "donde", "igual", "nuevo", "nueva", "cerrado", "abierto", "with",
      "from", "about", "into", "over", "after", "before", "without", "they", "them", "their",
      "some", "many", "more", "most", "other", "others", "people", "friends", "message",
      "live", "photo", "photos", "picture", "pictures", "account", "page", "profile", "link",
      "perfil", "cuenta", "página", "pagina", "nombre", "name", "handle", "followers", "follow");

  /** Prefixes of "name#1234" that are case, room or order numbers rather than Discord tags. */
  private static final Set<String> NOT_DISCORD = Cues.words(
      "case", "room", "apt", "unit", "no", "num", "order", "ticket", "docket", "card",
      "account", "acct", "id", "step", "page", "suite", "ste", "box", "bldg", "floor", "invoice",
      "caso", "sala", "cuenta", "pedido", "item", "issue", "pr", "bug", "meeting", "group");

  static final Set<String> PAYMENT_CUES = Cues.words(
      "venmo", "cashapp", "cash app", "paypal", "zelle", "pay", "send", "tip", "tips");
  static final Set<String> DISCORD_CUES = Cues.words("discord", "dc");
  static final Set<String> FOLLOW_CUES = Cues.words(
      "follow", "sígueme", "sigueme", "síganme", "siganme", "dm", "add me", "agrégame",
      "agregame", "búscame", "buscame", "find me", "tag", "mine");

  @Override
  public String id() {
    return "personal-info/handle";
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String text = analysis.normalized().text();
    String lower = analysis.normalized().lower();
    List<int[]> tokens = Tokens.split(text);
    Cues cues = ContactCues.of(analysis);
    int reportedUpTo = -1;
    // No '/' or '#' anywhere: no token needs scanning for them.
    boolean slashOrHash = text.indexOf('/') >= 0 || text.indexOf('#') >= 0;
    for (int k = 0; k < tokens.size(); k++) {
      int[] t = tokens.get(k);
      int[] span = shapeSpan(text, cues, t, slashOrHash);
      double score = span == null ? 0 : span[2] / 100.0;
      if (span == null) {
        span = afterCue(text, lower, tokens, k);
        score = span == null ? 0 : span[2] / 100.0;
      }
      if (span == null || span[0] < reportedUpTo) {
        continue;
      }
      reportedUpTo = span[1];
      Subject subject = Ownership.of(lower, span[0], span[1]);
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.HANDLE, span[0], span[1], score, subject,
          subject == Subject.AUTHOR ? EXPLAIN_AUTHOR : EXPLAIN_OTHER, id()));
    }
  }

  /** {start, end, score*100} of a handle that token {@code t} is by its shape, or null. */
  private static int[] shapeSpan(String text, Cues cues, int[] t, boolean slashOrHash) {
    String lower = cues.lower();
    int s = t[0];
    int e = t[1];
    if (e - s > HandleShapes.MAX_TOKEN || e - s < 2) {
      return null;
    }
    char c0 = text.charAt(s);
    boolean slash = false;
    boolean hash = false;
    for (int i = s; slashOrHash && i < e; i++) {
      char c = text.charAt(i);
      slash |= c == '/';
      hash |= c == '#';
    }
    if (c0 != '@' && c0 != '$' && !slash && !hash) {
      return null;
    }
    String tok = text.substring(s, e);
    String low = lower.substring(s, e);
    if (c0 == '@') {
      int len = HandleShapes.atHandleLength(tok);
      if (len == 0) {
        return null;
      }
      String name = tok.substring(1, len);
      boolean cue = platformCueNear(cues, s, e);
      boolean marked = HandleShapes.looksLikeUserName(name);
      boolean firstName = !marked && (Character.isUpperCase(name.charAt(0))
          || NameLexicon.shared().givenCount(name) >= COMMON_GIVEN_NAME);
      if (firstName && !cue) {
        return null; // "@Sarah thanks for chairing", "@mike": a mention inside the app
      }
      return new int[] {s, s + len, cue || marked ? 90 : 75};
    }
    if (c0 == '$' && HandleShapes.isCashtag(tok)) {
      boolean cue = cues.any(Cues.sentenceStart(lower, s, 64), Cues.sentenceEnd(lower, e, 48),
          PAYMENT_CUES);
      if (HandleShapes.looksLikeTicker(tok) && !cue) {
        return null;
      }
      return new int[] {s, e, cue ? 90 : 70};
    }
    if (HandleShapes.isRedditUser(low)) {
      return new int[] {s, e, 85};
    }
    if (low.indexOf('#') > 0 && HandleShapes.isDiscordTag(low, NOT_DISCORD)) {
      boolean cue = cues.any(Cues.sentenceStart(lower, s, 64), s, DISCORD_CUES);
      return new int[] {s, e, cue ? 90 : 75};
    }
    if (low.indexOf('/') > 0 && HandleShapes.isProfileLink(low)) {
      return new int[] {s, e, 95};
    }
    int at = low.indexOf('@');
    if (at > 0 && at < low.indexOf('/') && HandleShapes.isProfileLink(low.substring(at + 1))) {
      // "journey@instagram.com/priya": a spoken "at" joined to a link by the normalizer
      return new int[] {s + at + 1, e, 95};
    }
    return null;
  }

  /** A bare user name after a platform cue at token {@code k}, as {start, end, score*100}. */
  private static int[] afterCue(String text, String lower, List<int[]> tokens, int k) {
    int[] t = tokens.get(k);
    if (t[1] - t[0] > 40 || !Character.isLetter(lower.charAt(t[0]))
        || (t[1] - t[0] > 10 && !hasColon(lower, t))) {
      return null;
    }
    if (!hasColon(lower, t)) {
      // No colon inside: only a cue word (or a two-word cue's first word) goes on. Checked in
      // place, so the many other tokens are never cut out.
      int h = org.confidant.guard.text.WordTable.hash(lower, t[0], t[1]);
      if (!PLATFORM_CUES.containsRegion(lower, t[0], t[1], h)
          && !PLATFORM_FIRST_WORDS.containsRegion(lower, t[0], t[1], h)) {
        return null;
      }
    }
    String low = lower.substring(t[0], t[1]);
    int colon = low.indexOf(':');
    if (colon > 0 && colon < low.length() - 1) {
      // "ig:jake.t.sober"
      String cue = low.substring(0, colon);
      if (PLATFORM_CUES.contains(cue)) {
        return candidate(text, t[0] + colon + 1, t[1], true);
      }
      return null;
    }
    boolean trailingColon = Tokens.colonAfter(text, t);
    String cue = low;
    int next = k + 1;
    if (!PLATFORM_CUES.contains(cue)) {
      if (!PLATFORM_FIRST_WORDS.contains(low)) {
        return null; // no two-word cue starts with this word: skip building the pair
      }
      if (next < tokens.size() && tokens.get(next)[1] - tokens.get(next)[0] < 12) {
        String two = low + " " + lower.substring(tokens.get(next)[0], tokens.get(next)[1]);
        if (!PLATFORM_CUES.contains(two)) {
          return null;
        }
        trailingColon = Tokens.colonAfter(text, tokens.get(next));
        next++;
      } else {
        return null;
      }
    }
    if ((cue.equals("x") || cue.equals("sc") || cue.equals("face")) && !trailingColon
        && !preceededByOn(lower, tokens, k)) {
      return null;
    }
    boolean strong = trailingColon;
    for (int j = next; j < tokens.size() && j <= next + LOOK_AHEAD; j++) {
      int[] c = tokens.get(j);
      String w = lower.substring(c[0], c[1]);
      if (CONNECTORS.contains(w) && j < next + LOOK_AHEAD) {
        strong |= STRONG.contains(w);
        strong |= Tokens.colonAfter(text, c);
        continue;
      }
      return candidate(text, c[0], c[1], strong);
    }
    return null;
  }

  private static int[] candidate(String text, int s, int e, boolean strong) {
    String tok = text.substring(s, e);
    if (tok.isEmpty() || tok.charAt(0) == '@' || tok.indexOf('@') >= 0
        || HandleShapes.mentionsPlatformHost(tok.toLowerCase(Locale.ROOT))) {
      return null; // handled by shape, or an email address
    }
    if (HandleShapes.looksLikeUserName(tok)) {
      return new int[] {s, e, 85};
    }
    if (strong && HandleShapes.isPlainName(tok) && Character.isLowerCase(tok.charAt(0))
        && !ORDINARY.contains(tok)) {
      return new int[] {s, e, 60};
    }
    return null;
  }

  private static boolean hasColon(String lower, int[] t) {
    for (int i = t[0]; i < t[1]; i++) {
      if (lower.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  private static boolean preceededByOn(String lower, List<int[]> tokens, int k) {
    if (k == 0) {
      return false;
    }
    int[] p = tokens.get(k - 1);
    String w = lower.substring(p[0], p[1]);
    return w.equals("on") || w.equals("my") || w.equals("en") || w.equals("mi")
        || w.equals("via") || w.equals("in");
  }

  private static boolean platformCueNear(Cues cues, int s, int e) {
    String lower = cues.lower();
    int from = Cues.sentenceStart(lower, s, 64);
    int to = Cues.sentenceEnd(lower, e, 48);
    return cues.any(from, to, PLATFORM_CUES) || cues.any(from, to, FOLLOW_CUES);
  }
}
