package org.confidant.guard.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.confidant.guard.Message;
import org.confidant.guard.names.NameLexicon;
import org.confidant.guard.people.Mention.Gender;
import org.confidant.guard.people.Mention.Kind;

/**
 * The people a text mentions: listed members and sponsees by name, other first names the text
 * treats as people, role phrases ("my sponsee", "our treasurer", "the new woman at the Monday
 * meeting", "mi ahijada"), the writer's own family ("my husband"), and nobody-in-particular
 * phrases ("someone", "one guy", "one of the old-timers").
 *
 * <p>One left-to-right pass over the words; each position looks at a constant number of
 * neighbours, so finding is linear in the text. Never throws.
 */
public final class People {
  static final Set<String> QUANTIFIERS = Words.set(
      "one", "many", "most", "some", "all", "lots", "few", "several", "each", "none", "uno",
      "una", "alguno", "alguna", "muchos", "muchas", "varios", "varias", "algunos", "algunas",
      "cada", "any", "couple", "both");
  static final Set<String> GROUP_OBJECTS = Words.set(
      "the", "those", "these", "them", "us", "you", "los", "las", "nosotros", "ellos", "ellas",
      "our", "your", "its", "y'all", "ustedes");
  static final Set<String> ROLE_ADJ = Words.set(
      "new", "old", "former", "ex", "home", "group", "drinking", "using", "little", "big",
      "older", "younger", "best", "first", "current", "late", "step", "sober", "dear", "own",
      "nuevo", "nueva", "antiguo", "antigua", "mejor", "primer", "primera", "querido", "querida",
      "old-timer", "favorite", "favourite", "awesome", "amazing", "baby", "twin", "step-");
  static final Set<String> THIRD_POSSESSIVE = Words.set("his", "her", "their", "su", "sus");
  static final Set<String> SPEAKER = Words.set("speaker", "speakers", "orador", "oradora");
  static final Set<String> EL_QUE_VERBS = Words.set(
      "coordina", "coordinaba", "lleva", "llevaba", "dirige", "preside", "siempre", "llego",
      "vino", "hace", "trae", "abre", "sirve", "hizo", "se", "acaba", "compartio", "trajo");
  static final Set<String> FELLOWSHIP_PLACES = Words.set(
      "aa", "program", "meeting", "meetings", "group", "rooms", "home", "grupo", "reunion",
      "junta", "al-anon", "fellowship", "sponsor's");
  static final Set<String> OUTSIDE_PLACES = Words.set(
      "work", "job", "office", "school", "gym", "store", "bar", "trabajo", "oficina", "escuela",
      "gimnasio", "tienda", "hospital", "building", "street", "block", "neighborhood", "barrio",
      "class", "clase", "team", "equipo", "company", "church", "iglesia");

  private final Tokens tokens;
  private final List<Mention> mentions;
  private final int[] at;

  private People(Tokens tokens, List<Mention> mentions) {
    this.tokens = tokens;
    this.mentions = Collections.unmodifiableList(mentions);
    this.at = new int[tokens.size()];
    Arrays.fill(at, -1);
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      for (int i = x.first(); i <= x.last(); i++) {
        at[i] = m;
      }
    }
  }

  /** Finds the people {@code tokens} mention, using {@code message}'s members, sponsees and author. */
  public static People find(Tokens tokens, Message message) {
    return new Finder(tokens, Roster.of(message), NameLexicon.shared()).run();
  }

  /** The people the analysis's message mentions, found once per check and shared. */
  public static People of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(SHARED, a -> find(Tokens.of(a), a.message()));
  }

  private static final Object SHARED = new Object();

  /** The words the mentions were found in. */
  public Tokens tokens() {
    return tokens;
  }

  /** The mentions in text order; they never overlap. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** The mention covering word {@code i}, or {@code null}. */
  public Mention at(int i) {
    return i >= 0 && i < at.length && at[i] >= 0 ? mentions.get(at[i]) : null;
  }

  /** The position in {@link #mentions()} of the mention covering word {@code i}, or -1. */
  public int indexAt(int i) {
    return i >= 0 && i < at.length ? at[i] : -1;
  }

  private static final class Finder {
    private final Tokens t;
    private final List<Mention> out = new ArrayList<>();
    private final Names names;

    Finder(Tokens t, Roster roster, NameLexicon lexicon) {
      this.t = t;
      this.names = new Names(t, roster, lexicon);
    }

    People run() {
      int i = 0;
      while (i < t.size()) {
        Mention m = tryAt(i);
        if (m == null) {
          i++;
          continue;
        }
        out.add(m);
        i = m.last() + 1;
        // "Luis's wife": the relation is a second mention, tied to the named person.
        if (m.named() && t.get(m.last()).possessive() && i < t.size()
            && has(i, WordBits.OUTSIDERS) && m.kind() == Kind.FELLOW) {
          out.add(new Mention(i, i, Kind.FELLOW, PeopleWords.RELATIONS.get(t.key(i)), false,
              false, false, false));
          i++;
        }
      }
      return new People(t, out);
    }

    private String k(int i) {
      return t.key(i);
    }

    private String base(int i) {
      return t.base(i);
    }

    /** Whether the key of word {@code i} is in the lists {@code bits} (see {@link WordBits}). */
    private boolean has(int i, long bits) {
      return (t.bits(i) & bits) != 0;
    }

    /** Whether the base of word {@code i} is in the lists {@code bits}. */
    private boolean baseHas(int i, long bits) {
      return (t.baseBits(i) & bits) != 0;
    }

    private Mention tryAt(int i) {
      String k = k(i);
      Mention m = quantified(i, k);
      long bits = t.bits(i);
      if (m == null && (bits & (WordBits.MY | WordBits.THIRD_POSSESSIVE)) != 0) {
        m = possessed(i, k);
      }
      if (m == null && (bits & WordBits.DEFINITE) != 0) {
        m = definite(i);
      }
      if (m == null && (bits & WordBits.INDEFINITE) != 0) {
        m = indefinite(i);
      }
      if (m == null && (bits & WordBits.VAGUE) != 0) {
        m = new Mention(i, i, Kind.VAGUE, Gender.UNKNOWN, false, false, false, false);
      }
      if (m == null) {
        m = names.at(i);
      }
      return m;
    }

    /** "one of the old-timers", "a lot of us", "one of my sponsees". */
    private Mention quantified(int i, String k) {
      int q = i;
      if (k.equals("a") && (k(i + 1).equals("lot") || k(i + 1).equals("couple")
          || k(i + 1).equals("few"))) {
        q = i + 1;
      } else if (!has(i, WordBits.QUANTIFIERS)) {
        return null;
      }
      if (!(k(q + 1).equals("of") || k(q + 1).equals("de"))) {
        return null;
      }
      String obj = k(q + 2);
      if (has(q + 2, WordBits.MY) && baseHas(q + 3, WordBits.FELLOWSHIP_ROLES)) {
        return new Mention(i, q + 3, Kind.FELLOW, Gender.UNKNOWN, false, false, true, false);
      }
      if (has(q + 2, WordBits.GROUP_OBJECTS)) {
        int last = q + 2;
        if (q + 3 < t.size() && t.sameSentence(i, q + 3) && !t.get(q + 2).commaAfter()
            && (obj.equals("the") || obj.equals("those") || obj.equals("these")
            || obj.equals("los") || obj.equals("las") || obj.equals("our"))) {
          last = q + 3;
        }
        return new Mention(i, last, Kind.VAGUE, Gender.UNKNOWN, false, false, false, false);
      }
      return null;
    }

    /** "my sponsee Jake", "our treasurer", "my husband", "his sponsor", "mi ahijada Lucía". */
    private Mention possessed(int i, String k) {
      boolean mine = has(i, WordBits.MY);
      for (int d = 1; d <= 3 && i + d < t.size(); d++) {
        int p = i + d;
        if (!t.sameSentence(i, p)) {
          return null;
        }
        String w = base(p);
        long wb = t.baseBits(p);
        Gender g = (wb & WordBits.FELLOWSHIP_ROLES) != 0
            ? PeopleWords.FELLOWSHIP_ROLES.get(w) : null;
        boolean fellowship = g != null;
        if (g == null && mine && (wb & WordBits.SERVICE_ROLES) != 0) {
          g = PeopleWords.SERVICE_ROLES.get(w);
        }
        if (g == null && mine && w.equals("member") && k(p - 1).equals("group")) {
          g = Gender.UNKNOWN;
          fellowship = true;
        }
        if (g != null) {
          return withName(i, p, Kind.FELLOW, g, fellowship);
        }
        if (mine && (wb & WordBits.SPEAKER) != 0) {
          return new Mention(i, p, Kind.VAGUE, Gender.UNKNOWN, false, false, false, false);
        }
        Gender o = (wb & WordBits.OUTSIDERS) != 0 ? PeopleWords.OUTSIDERS.get(w) : null;
        if (o != null) {
          if (!mine) {
            return null;
          }
          Kind kind = Kind.OUTSIDER;
          if (copulaAfterFellow(i) || fromTheFellowship(p)) {
            kind = Kind.FELLOW;
          }
          return withName(i, p, kind, o, false);
        }
        if ((wb & WordBits.ROLE_ADJ) == 0 || t.get(p).commaAfter()) {
          return null;
        }
      }
      return null;
    }

    /** "my friend from AA", "mi amiga del grupo": an outsider word for someone met in the rooms. */
    private boolean fromTheFellowship(int p) {
      String q = k(p + 1);
      if (!(q.equals("from") || q.equals("in") || q.equals("at") || q.equals("de")
          || q.equals("del") || q.equals("en"))) {
        return false;
      }
      for (int j = p + 2; j <= p + 5 && j < t.size() && t.sameSentence(p, j); j++) {
        if (has(j, WordBits.FELLOWSHIP_PLACES) || (k(j).equals("na") && t.get(j).upper())) {
          return true;
        }
      }
      return false;
    }

    /** "The guy who just left the call is my neighbor": the neighbour is that attendee. */
    private boolean copulaAfterFellow(int i) {
      String before = k(i - 1);
      if (!(before.equals("is") || before.equals("was") || before.equals("es")
          || before.endsWith("'s"))) {
        return false;
      }
      for (int m = out.size() - 1; m >= 0; m--) {
        Mention x = out.get(m);
        if (!t.sameSentence(x.first(), i) || i - x.first() > 30) {
          break;
        }
        if (x.kind() == Kind.FELLOW) {
          return true;
        }
      }
      return false;
    }

    /** Extends a role mention ending at {@code p} with an appositive name ("my sponsee Jake"). */
    private Mention withName(int i, int p, Kind kind, Gender g, boolean fellowship) {
      int q = p + 1;
      if (q < t.size() && t.sameSentence(p, q) && !t.get(p).possessive()) {
        Mention n = names.at(q);
        if (n != null && n.kind() != Kind.PUBLIC) {
          return new Mention(i, n.last(), kind == Kind.OUTSIDER && n.kind() == Kind.FELLOW
              ? Kind.OUTSIDER : kind, g, true, n.fullName(), fellowship, n.listed());
        }
      }
      return new Mention(i, p, kind, g, false, false, fellowship, false);
    }

    /** "the new woman at the Monday meeting", "that guy who...", "the secretary", "la nueva del grupo". */
    private Mention definite(int i) {
      String next = base(i + 1);
      if (baseHas(i + 1, WordBits.SPEAKER)) {
        return new Mention(i, i + 1, Kind.VAGUE, Gender.UNKNOWN, false, false, false, false);
      }
      Gender service = baseHas(i + 1, WordBits.SERVICE_ROLES)
          ? PeopleWords.SERVICE_ROLES.get(next) : null;
      if (service != null && !k(i + 1).equals("chair") ) {
        return withName(i, i + 1, Kind.FELLOW, service, false);
      }
      if ((k(i).equals("el") || k(i).equals("la")) && k(i + 1).equals("que")
          && has(i + 2, WordBits.EL_QUE_VERBS)) {
        return new Mention(i, i + 2, Kind.FELLOW,
            k(i).equals("la") ? Gender.FEMALE : Gender.MALE, false, false, false, false);
      }
      int p = i + 1;
      int adjectives = 0;
      while (p < t.size() && adjectives < 3
          && (t.bits(p) & (WordBits.DESCRIPTORS | WordBits.PERSON_NOUNS)) == WordBits.DESCRIPTORS) {
        p++;
        adjectives++;
      }
      if (p >= t.size() || !t.sameSentence(i, p)) {
        return null;
      }
      Gender g = baseHas(p, WordBits.PERSON_NOUNS) ? PeopleWords.PERSON_NOUNS.get(base(p)) : null;
      if (g == null && (k(p).equals("nuevo") || k(p).equals("nueva"))) {
        g = PeopleWords.PERSON_NOUNS.get(k(p));
      }
      if (g == null) {
        return null;
      }
      boolean pinned = adjectives > 0 || t.get(p).possessive()
          || (has(p + 1, WordBits.QUALIFIERS) && t.sameSentence(p, p + 1)
              && !t.get(p).commaAfter());
      if (!pinned) {
        return new Mention(i, p, Kind.VAGUE, g, false, false, false, false);
      }
      String q = k(p + 1);
      if ((q.equals("at") || q.equals("from") || q.equals("de") || q.equals("del"))
          && has(k(p + 2).equals("my") || k(p + 2).equals("the")
              || k(p + 2).equals("mi") || k(p + 2).equals("el") ? p + 3 : p + 2,
              WordBits.OUTSIDE_PLACES)) {
        return withName(i, p, Kind.OUTSIDER, g, false);
      }
      return withName(i, p, Kind.FELLOW, g, false);
    }

    /** "a guy", "one woman", "un señor": nobody in particular. */
    private Mention indefinite(int i) {
      int p = i + 1;
      int adjectives = 0;
      while (p < t.size() && adjectives < 3
          && (t.bits(p) & (WordBits.DESCRIPTORS | WordBits.PERSON_NOUNS)) == WordBits.DESCRIPTORS) {
        p++;
        adjectives++;
      }
      Gender g = baseHas(p, WordBits.PERSON_NOUNS) ? PeopleWords.PERSON_NOUNS.get(base(p)) : null;
      if (g == null && baseHas(p, WordBits.SPEAKER)) {
        g = Gender.UNKNOWN;
      }
      if (g == null || !t.sameSentence(i, p)) {
        return null;
      }
      return new Mention(i, p, Kind.VAGUE, g, false, false, false, false);
    }

  }
}
