package org.confidant.guard.people;

import java.util.Set;
import org.confidant.guard.names.NameLexicon;
import org.confidant.guard.people.Mention.Gender;
import org.confidant.guard.people.Mention.Kind;

/**
 * Recognises a person's name at a word: a listed member or sponsee (any case, with the last
 * initial or last name), the author's own name, a given name from the name lexicon that the text
 * treats as a person, or an unknown capitalised word in a person's context ("pray for Chuy, he").
 *
 * <p>Looks at a constant number of neighbouring words (a public-figure check reads at most 40
 * words either side), so each call is constant time.
 */
final class Names {
  static final Set<String> SELF_INTRO = Words.set("i'm", "im", "soy", "llamo", "it's");
  static final Set<String> HONORIFICS = Words.set(
      "don", "dona", "sr", "sra", "srta", "mr", "mrs", "ms", "miss", "mister", "senor", "senora",
      "tio", "tia", "brother", "sister");
  static final Set<String> BRANDS = Words.set(
      "facebook", "instagram", "insta", "zoom", "google", "tiktok", "twitter", "youtube",
      "netflix", "amazon", "uber", "lyft", "walmart", "target", "costco", "starbucks", "apple",
      "iphone", "android", "whatsapp", "snapchat", "reddit", "discord", "venmo", "paypal",
      "covid", "medicare", "medicaid", "aa", "na", "cps", "irs", "dmv", "icu", "er");

  private final Tokens t;
  private final Roster roster;
  private final NameLexicon lexicon;
  private int[] publicCueCounts;
  /**
   * Per distinct key of the text (see {@link Tokens#word}), facts about its base found on first
   * use: bit 0 known, bit 1 alphabetic, bit 2 listed, bit 3 author.
   */
  private final byte[] facts;
  /** Per distinct key: the base's given-name and surname counts, -1 until looked up. */
  private final int[] given;
  private final int[] surname;

  Names(Tokens t, Roster roster, NameLexicon lexicon) {
    this.t = t;
    this.roster = roster;
    this.lexicon = lexicon;
    int words = t.words();
    this.facts = new byte[words];
    this.given = new int[words];
    this.surname = new int[words];
    java.util.Arrays.fill(given, -1);
    java.util.Arrays.fill(surname, -1);
  }

  private String k(int i) {
    return t.key(i);
  }

  private boolean has(int i, long bits) {
    return (t.bits(i) & bits) != 0;
  }

  private boolean baseHas(int i, long bits) {
    return (t.baseBits(i) & bits) != 0;
  }

  private int facts(int i) {
    int w = t.word(i);
    int f = facts[w];
    if (f == 0) {
      String base = t.baseOfWord(w);
      boolean listed = base == t.key(i) ? roster.isListed(base, t.hashOfWord(w))
          : roster.isListed(base);
      f = 1 | (isAlphabetic(base) ? 2 : 0) | (listed ? 4 : 0) | (roster.isAuthor(base) ? 8 : 0);
      facts[w] = (byte) f;
    }
    return f;
  }

  /** {@code lexicon.givenCount(t.get(i).base())}, looked up once per distinct word. */
  private int givenCount(int i) {
    int w = t.word(i);
    int c = given[w];
    if (c < 0) {
      c = lexicon.givenCount(t.baseOfWord(w));
      given[w] = c;
    }
    return c;
  }

  /** {@code lexicon.surnameCount(t.get(i).base())}, looked up once per distinct word. */
  private int surnameCount(int i) {
    int w = t.word(i);
    int c = surname[w];
    if (c < 0) {
      c = lexicon.surnameCount(t.baseOfWord(w));
      surname[w] = c;
    }
    return c;
  }

  /** A person's name starting at word {@code i}, or {@code null}. */
  Mention at(int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    Token tok = t.get(i);
    String base = t.base(i);
    if (base.length() < 2) {
      return null;
    }
    int facts = facts(i);
    if ((facts & 2) == 0) {
      return null;
    }
    boolean listed = (facts & 4) != 0;
    boolean author = (facts & 8) != 0;
    boolean lowerPair = false;
    long bits = t.baseBits(i);
    boolean common = (bits & WordBits.COMMON) != 0;
    if (listed || author) {
      if (!tok.capitalized() && common) {
        return null;
      }
    } else if (tok.capitalized() && !tok.upper() && common
        && (bits & WordBits.NEVER_NAMES) == 0 && givenCount(i) > 0
        && commonWordAsName(i)) {
      // "Thanks Frank for...", "Mark relapsed": an everyday word used as a name.
    } else if (tok.capitalized() && !tok.upper() && !common) {
      if (has(i - 1, WordBits.PLACE_BEFORE)
          || (bits & (WordBits.PLACE_AFTER | WordBits.PLACE_BEFORE)) != 0
          || (has(i + 1, WordBits.PLACE_AFTER) && i + 1 < t.size()
              && t.get(i + 1).capitalized())) {
        return null;
      }
      if (i > 0 && t.sameSentence(i - 1, i) && t.get(i - 1).capitalized()
          && !t.sentenceStart(i - 1) && !(givenCount(i - 1) > 0)
          && !has(i - 1, WordBits.HONORIFICS)) {
        return null; // "Grange Hall", "First Methodist": part of a place's name
      }
      boolean lex = givenCount(i) > 0;
      if (lex) {
        if (t.sentenceStart(i) && !(has(i + 1, WordBits.PERSON_VERBS)
            || tok.commaAfter() || tok.possessive() || initialAt(i + 1)
            || surnameAt(i + 1, true))) {
          return null;
        }
      } else if (!personContext(i)) {
        return null;
      }
    } else if (!tok.capitalized() && !common
        && (bits & WordBits.NOT_SURNAME) == 0 && givenCount(i) >= 1000
        && surnameAt(i + 1, false)) {
      lowerPair = true;
    } else {
      return null;
    }
    int last = i;
    boolean full = false;
    if (!tok.possessive()) {
      if (initialAt(i + 1)) {
        last = i + 1;
      } else if (surnameAt(i + 1, tok.capitalized())) {
        last = i + 1;
        full = true;
      }
    }
    if (lowerPair && !full) {
      return null;
    }
    Kind kind;
    if (author || selfIntro(i)) {
      kind = Kind.WRITER;
    } else if (!listed && publicFigure(i, last)) {
      kind = Kind.PUBLIC;
    } else {
      kind = Kind.FELLOW;
    }
    return new Mention(i, last, kind, Gender.UNKNOWN, true, full, false, listed);
  }

  /** Whether a capitalised everyday word at {@code i} ("Grace", "Mark") is used as a name. */
  private boolean commonWordAsName(int i) {
    if (t.sentenceStart(i)) {
      return has(i + 1, WordBits.STRONG_PERSON_VERBS) || personContext(i);
    }
    String b = k(i - 1);
    return !(has(i - 1, WordBits.DEFINITE | WordBits.INDEFINITE | WordBits.MY)
        || b.equals("his") || b.equals("her")
        || b.equals("their") || b.equals("your") || b.equals("of") || b.equals("by")
        || b.equals("in") || b.equals("on") || t.get(i - 1).capitalized()
        || (i + 1 < t.size() && t.get(i + 1).capitalized() && t.sameSentence(i, i + 1)));
  }

  private static boolean isAlphabetic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-')) {
          return false;
        }
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean initialAt(int i) {
    if (i >= t.size() || i < 1 || !t.sameSentence(i - 1, i) && !t.get(i).capitalized()) {
      return false;
    }
    String key = t.get(i).base();
    return key.length() == 1 && Character.isLetter(key.charAt(0)) && t.get(i).capitalized()
        && t.get(i - 1).end() + 1 == t.get(i).start();
  }

  private boolean surnameAt(int i, boolean capitalized) {
    if (i >= t.size() || i < 1 || !t.sameSentence(i - 1, i) || t.get(i - 1).commaAfter()) {
      return false;
    }
    Token s = t.get(i);
    String key = t.base(i);
    if (key.length() < 2 || (facts(i) & 2) == 0
        || baseHas(i, WordBits.COMMON | WordBits.PLACE_AFTER)) {
      return false;
    }
    if (capitalized) {
      return s.capitalized() && !s.upper()
          && (surnameCount(i) > 0 || !baseHas(i, WordBits.NOT_SURNAME));
    }
    return !s.capitalized() && !baseHas(i, WordBits.NOT_SURNAME)
        && surnameCount(i) >= 1000;
  }

  /** "Please pray for Chuy, he...": a capitalised word the text treats as a person. */
  private boolean personContext(int i) {
    Token tok = t.get(i);
    if (tok.possessive() && has(i + 1, WordBits.OUTSIDERS)) {
      return true;
    }
    String b1 = k(i - 1);
    String b2 = k(i - 2);
    if (b1.equals("for") && (b2.equals("pray") || b2.equals("prayers") || b2.equals("praying")
        || b2.equals("thoughts"))) {
      return true;
    }
    if (b1.equals("por") && (b2.startsWith("ora") || b2.startsWith("rez") || b2.startsWith("rec")
        || b2.equals("oren"))) {
      return true;
    }
    String n1 = k(i + 1);
    if (!t.sentenceStart(i) && !baseHas(i, WordBits.BRANDS) && t.base(i).length() >= 3
        && has(i + 1, WordBits.STRONG_PERSON_VERBS) && t.sameSentence(i, i + 1)
        && !has(i - 1, WordBits.DEFINITE | WordBits.MY)
        && !t.get(i - 1).capitalized()) {
      return true; // "me dijeron que Pepe anda tomando"
    }
    return tok.commaAfter() && (n1.equals("he") || n1.equals("she") || n1.equals("he's")
        || n1.equals("she's") || n1.equals("ella") || n1.equals("who"));
  }

  private boolean selfIntro(int i) {
    String b1 = k(i - 1);
    if (has(i - 1, WordBits.SELF_INTRO)) {
      return !b1.equals("it's") || i < 4;
    }
    if (b1.equals("name's")) {
      return k(i - 2).equals("my");
    }
    if (b1.equals("is") && k(i - 2).equals("name")) {
      return k(i - 3).equals("my");
    }
    return b1.equals("am") && k(i - 2).equals("i");
  }

  private boolean publicFigure(int first, int last) {
    String b = t.base(first);
    if (b.equals("bill") && (k(last).equals("w") || k(last).equals("wilson"))) {
      return true;
    }
    if (k(first - 1).equals("dr") || k(first - 1).equals("doctor")) {
      return true;
    }
    int from = Math.max(t.sentenceFirst(first), first - 40);
    int to = Math.min(t.sentenceLast(first), first + 40);
    int[] cues = publicCues();
    return cues[to + 1] - cues[from] > 0;
  }

  /** Prefix counts of public-figure cue words: {@code c[j]} cues among words before {@code j}. */
  private int[] publicCues() {
    if (publicCueCounts == null) {
      int[] c = new int[t.size() + 1];
      for (int j = 0; j < t.size(); j++) {
        c[j + 1] = c[j] + (has(j, WordBits.PUBLIC_CUES) ? 1 : 0);
      }
      publicCueCounts = c;
    }
    return publicCueCounts;
  }
}
