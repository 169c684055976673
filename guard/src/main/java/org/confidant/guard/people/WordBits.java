package org.confidant.guard.people;

import java.util.Collection;

/**
 * Which of the people package's word lists hold a word, as one bit mask found with one lookup,
 * so that a word is looked up once per check instead of once per list.
 *
 * <p>Built once from the package's own static word lists (never from message text); immutable
 * and thread-safe. {@link #of} answers 0 for words in no list and for {@code null}.
 */
final class WordBits {
  private WordBits() {}

  static final long COMMON = 1L;
  static final long NEVER_NAMES = 1L << 1;
  static final long STRONG_PERSON_VERBS = 1L << 2;
  static final long PLACE_BEFORE = 1L << 3;
  static final long PLACE_AFTER = 1L << 4;
  static final long FELLOWSHIP_ROLES = 1L << 5;
  static final long SERVICE_ROLES = 1L << 6;
  static final long PERSON_NOUNS = 1L << 7;
  static final long DESCRIPTORS = 1L << 8;
  static final long QUALIFIERS = 1L << 9;
  static final long DEFINITE = 1L << 10;
  static final long MY = 1L << 11;
  static final long INDEFINITE = 1L << 12;
  /** {@link PeopleWords#OUTSIDERS}, which is also {@link PeopleWords#RELATIONS}. */
  static final long OUTSIDERS = 1L << 13;
  static final long VAGUE = 1L << 14;
  static final long FIRST = 1L << 15;
  static final long GROUP = 1L << 16;
  static final long SECOND = 1L << 17;
  static final long THIRD = 1L << 18;
  static final long LO_NOT_PRONOUN = 1L << 19;
  static final long RELATIVE = 1L << 20;
  static final long PUBLIC_CUES = 1L << 21;
  static final long PERSON_VERBS = 1L << 22;
  static final long NOT_SURNAME = 1L << 23;
  static final long QUANTIFIERS = 1L << 24;
  static final long GROUP_OBJECTS = 1L << 25;
  static final long ROLE_ADJ = 1L << 26;
  static final long THIRD_POSSESSIVE = 1L << 27;
  static final long SPEAKER = 1L << 28;
  static final long EL_QUE_VERBS = 1L << 29;
  static final long FELLOWSHIP_PLACES = 1L << 30;
  static final long OUTSIDE_PLACES = 1L << 31;
  static final long SELF_INTRO = 1L << 32;
  static final long HONORIFICS = 1L << 33;
  static final long BRANDS = 1L << 34;
  static final long POSSESSIVE_ONLY = 1L << 35;
  static final long SPEECH = 1L << 36;
  static final long OBJECTS = 1L << 37;

  private static final String[] KEYS;
  /**
   * Per slot {@code s}: at {@code 2s} the word's hash, at {@code 2s + 1} its bits (0 for an empty
   * slot: every word is in some list); side by side so that a probe reads one cache line.
   */
  private static final long[] SLOTS;
  private static final int MASK;

  static {
    java.util.LinkedHashMap<String, Long> all = new java.util.LinkedHashMap<>();
    put(all, COMMON, PeopleWords.COMMON);
    put(all, NEVER_NAMES, PeopleWords.NEVER_NAMES);
    put(all, STRONG_PERSON_VERBS, PeopleWords.STRONG_PERSON_VERBS);
    put(all, PLACE_BEFORE, PeopleWords.PLACE_BEFORE);
    put(all, PLACE_AFTER, PeopleWords.PLACE_AFTER);
    put(all, FELLOWSHIP_ROLES, PeopleWords.FELLOWSHIP_ROLES.keySet());
    put(all, SERVICE_ROLES, PeopleWords.SERVICE_ROLES.keySet());
    put(all, PERSON_NOUNS, PeopleWords.PERSON_NOUNS.keySet());
    put(all, DESCRIPTORS, PeopleWords.DESCRIPTORS);
    put(all, QUALIFIERS, PeopleWords.QUALIFIERS);
    put(all, DEFINITE, PeopleWords.DEFINITE);
    put(all, MY, PeopleWords.MY);
    put(all, INDEFINITE, PeopleWords.INDEFINITE);
    put(all, OUTSIDERS, PeopleWords.OUTSIDERS.keySet());
    put(all, VAGUE, PeopleWords.VAGUE);
    put(all, FIRST, PeopleWords.FIRST);
    put(all, GROUP, PeopleWords.GROUP);
    put(all, SECOND, PeopleWords.SECOND);
    put(all, THIRD, PeopleWords.THIRD.keySet());
    put(all, LO_NOT_PRONOUN, PeopleWords.LO_NOT_PRONOUN);
    put(all, RELATIVE, PeopleWords.RELATIVE);
    put(all, PUBLIC_CUES, PeopleWords.PUBLIC_CUES);
    put(all, PERSON_VERBS, PeopleWords.PERSON_VERBS);
    put(all, NOT_SURNAME, PeopleWords.NOT_SURNAME);
    put(all, QUANTIFIERS, People.QUANTIFIERS);
    put(all, GROUP_OBJECTS, People.GROUP_OBJECTS);
    put(all, ROLE_ADJ, People.ROLE_ADJ);
    put(all, THIRD_POSSESSIVE, People.THIRD_POSSESSIVE);
    put(all, SPEAKER, People.SPEAKER);
    put(all, EL_QUE_VERBS, People.EL_QUE_VERBS);
    put(all, FELLOWSHIP_PLACES, People.FELLOWSHIP_PLACES);
    put(all, OUTSIDE_PLACES, People.OUTSIDE_PLACES);
    put(all, SELF_INTRO, Names.SELF_INTRO);
    put(all, HONORIFICS, Names.HONORIFICS);
    put(all, BRANDS, Names.BRANDS);
    put(all, POSSESSIVE_ONLY, Owners.POSSESSIVE_ONLY);
    put(all, SPEECH, Owners.SPEECH);
    put(all, OBJECTS, Owners.OBJECTS);
    int cap = 16;
    while (cap < all.size() * 2) {
      cap <<= 1;
    }
    KEYS = new String[cap];
    SLOTS = new long[cap * 2];
    MASK = cap - 1;
    for (java.util.Map.Entry<String, Long> e : all.entrySet()) {
      int slot = mix(e.getKey().hashCode()) & MASK;
      while (KEYS[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      KEYS[slot] = e.getKey();
      SLOTS[2 * slot] = e.getKey().hashCode();
      SLOTS[2 * slot + 1] = e.getValue();
    }
  }

  private static void put(java.util.Map<String, Long> all, long bit, Collection<String> words) {
    for (String w : words) {
      all.merge(w, bit, (a, b) -> a | b);
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** The lists holding "" (none, unless a list holds the empty word): a word out of range. */
  static final long EMPTY = of("");

  /** The lists holding {@code word}, as a mask of this class's bits; 0 when none. */
  static long of(String word) {
    return word == null ? 0 : of(word, word.hashCode());
  }

  /** As {@link #of(String)}, given {@code hash == word.hashCode()}. */
  static long of(String word, int hash) {
    int slot = mix(hash) & MASK;
    while (true) {
      long b = SLOTS[2 * slot + 1];
      if (b == 0) {
        return 0;
      }
      if ((int) SLOTS[2 * slot] == hash && KEYS[slot].equals(word)) {
        return b;
      }
      slot = (slot + 1) & MASK;
    }
  }
}
