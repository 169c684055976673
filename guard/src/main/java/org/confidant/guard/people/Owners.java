package org.confidant.guard.people;

import org.confidant.guard.people.Mention.Gender;

/**
 * Decides whose matter a stretch of words is about, from the words around it: the nearest
 * subject or possessive before it in its clause ("he's been drinking", "my DUI", "Frank owes"),
 * else a possessive inside or just after it ("lost custody of his daughter"), else the person the
 * previous sentence was about, when nothing in between changes the subject.
 *
 * <p>Pronouns are matched back to the nearest earlier mention of agreeing gender within a
 * bounded window; every look-back is bounded, so each call costs constant time.
 */
public final class Owners {
  static final int CLAUSE_LOOKBACK = 10;
  static final int PRONOUN_LOOKBACK = 60;
  static final int TOPIC_LOOKBACK = 30;

  static final java.util.Set<String> POSSESSIVE_ONLY = Words.set(
      "my", "mi", "mis", "our", "your", "tu", "tus", "nuestro", "nuestra", "nuestros",
      "nuestras");

  static final java.util.Set<String> SPEECH = Words.set(
      "says", "said", "thinks", "thought", "believes", "believed", "told", "tells", "reminds",
      "reminded", "dice", "dijo", "cree", "piensa", "decia", "taught", "teaches");
  static final java.util.Set<String> OBJECTS = Words.set(
      "me", "us", "you", "him", "her", "them", "that", "que", "nos", "le", "les");

  private final People people;
  private final Tokens t;

  public Owners(People people) {
    this.people = people;
    this.t = people.tokens();
  }

  /** The owner of the matter in words {@code [first, last]}. */
  public Owner of(int first, int last) {
    Owner o = before(first);
    if (o != null) {
      return o;
    }
    o = within(first, last);
    if (o != null) {
      return o;
    }
    return topic(first);
  }

  private Owner before(int first) {
    int clause = t.get(first).clause();
    int stop = Math.max(0, first - CLAUSE_LOOKBACK);
    for (int j = first - 1; j >= stop; j--) {
      if (t.get(j).clause() != clause) {
        break;
      }
      long bits = t.bits(j);
      if (first - j > 2 && (bits & WordBits.POSSESSIVE_ONLY) != 0 && people.at(j) == null) {
        continue; // "Lupe from my home group is...": "my" qualifies the group, not the matter
      }
      if ((bits & WordBits.SPEECH) != 0 && !aboutAfter(j)) {
        // "Jake says relapse is part of the story": what is said is general, not Jake's matter,
        // unless a pronoun nearer the matter ("Jake said he relapsed") already decided.
        return new Owner(Owner.Kind.VAGUE, null, j, false);
      }
      Owner o = decide(j, true);
      if (o != null) {
        return o;
      }
    }
    return null;
  }

  /** Whether the speech verb at {@code j} reports about something ("told me about his DUI"). */
  private boolean aboutAfter(int j) {
    int a = j + 1;
    while (a < t.size() && a - j <= 2 && (t.bits(a) & WordBits.OBJECTS) != 0) {
      a++;
    }
    String k = t.key(a);
    return k.equals("about") || k.equals("of") || k.equals("sobre") || k.equals("de");
  }

  private Owner within(int first, int last) {
    int to = Math.min(t.size() - 1, last + 3);
    for (int j = first; j <= to; j++) {
      if (!t.sameSentence(first, j)) {
        break;
      }
      if (people.at(j) != null && j > last) {
        break;
      }
      String k = t.key(j);
      if (k.equals("his") || k.equals("her") || k.equals("their") || k.equals("su")
          || k.equals("sus") || k.equals("him") || k.equals("le") || k.equals("my")
          || k.equals("mi") || k.equals("mis") || k.equals("your") || k.equals("tu")
          || k.equals("tus")) {
        Owner o = decide(j, false);
        if (o != null) {
          return o;
        }
      }
    }
    return null;
  }

  private Owner topic(int first) {
    int stop = Math.max(0, first - TOPIC_LOOKBACK);
    for (int j = first - 1; j >= stop; j--) {
      Mention m = people.at(j);
      if (m != null) {
        return m.kind() == Mention.Kind.FELLOW ? Owner.of(m, j, true) : Owner.NONE;
      }
      if ((t.bits(j) & (WordBits.FIRST | WordBits.SECOND | WordBits.GROUP)) != 0) {
        return Owner.NONE;
      }
    }
    return Owner.NONE;
  }

  /** What word {@code j} says about the owner, or {@code null} when it says nothing. */
  private Owner decide(int j, boolean followRelative) {
    Mention m = people.at(j);
    if (m != null) {
      return Owner.of(m, j, false);
    }
    String k = t.key(j);
    long bits = t.bits(j);
    if ((bits & WordBits.FIRST) != 0) {
      Mention with = people.at(j - 2);
      if (t.key(j - 1).equals("and") && with != null && with.kind() == Mention.Kind.FELLOW) {
        return Owner.of(with, j - 2, false); // "Jake and I went to detox": Jake's matter too
      }
      return new Owner(Owner.Kind.WRITER, null, j, false);
    }
    if ((bits & WordBits.SECOND) != 0) {
      return new Owner(Owner.Kind.LISTENER, null, j, false);
    }
    if ((bits & WordBits.GROUP) != 0) {
      return new Owner(Owner.Kind.VAGUE, null, j, false);
    }
    Gender g = thirdPerson(j);
    if (g != null) {
      return resolve(j, g);
    }
    if (followRelative && (bits & WordBits.RELATIVE) != 0) {
      for (int b = j - 1; b >= Math.max(0, j - 4); b--) {
        Mention r = people.at(b);
        if (r != null) {
          return Owner.of(r, b, false);
        }
      }
    }
    return null;
  }

  /** The gender of the third-person pronoun at {@code j}, or {@code null} when it is not one. */
  Gender thirdPerson(int j) {
    String k = t.key(j);
    if (k.equals("el")) {
      Token tok = t.get(j);
      String raw = t.text().substring(tok.start(), tok.end());
      return raw.equals("\u00e9l") || raw.equals("\u00c9l") ? Gender.MALE : null;
    }
    if (k.equals("lo") && (t.bits(j + 1) & WordBits.LO_NOT_PRONOUN) != 0) {
      return null;
    }
    return (t.bits(j) & WordBits.THIRD) != 0 ? PeopleWords.THIRD.get(k) : null;
  }

  /** The person the pronoun at {@code j} most likely refers to. */
  public Owner resolve(int j, Gender g) {
    int stop = Math.max(0, j - PRONOUN_LOOKBACK);
    for (int b = j - 1; b >= stop; b--) {
      Mention m = people.at(b);
      if (m != null && m.gender().agrees(g)) {
        return Owner.of(m, j, false);
      }
    }
    return new Owner(Owner.Kind.NONE, null, j, false);
  }
}
