package org.confidant.guard.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct written words of one text, numbered densely from 0 in order of first use, with
 * each one's lower-cased form (curly apostrophes made straight), base, English and Spanish terms
 * and flags, all functions of the word as written.
 *
 * <p>Found by the word's exact characters (open addressing, grown at half load): a repeated word
 * costs one hash of its characters and no allocation. A word of our own word lists (stop words,
 * cues, one-form mappings, as written or capitalized) takes what a static table, built once from
 * those lists by this same code, already knows of it; any other word is described on first use.
 * Holds one text's words for one check only. Not thread-safe; the static table is read-only.
 */
final class WordMemo {
  static final byte ANCHOR = 1;
  static final byte MEETING = 2;
  static final byte TIME = 4;
  /** Could carry private content (see {@link Tokens#content}). */
  static final byte CONTENT = 8;
  /** A Spanish language cue ({@link Lexicon#SPANISH_CUES}). */
  static final byte SPANISH_CUE = 16;
  /** An English language cue and not a Spanish one ({@link Lexicon#ENGLISH_CUES}). */
  static final byte ENGLISH_CUE = 32;

  /**
   * The lower-cased words that MeetingReportRecognizer.report acts on: every branch there
   * starts from one of these words, any other word reports nothing.
   */
  private static final Set<String> ANCHORS = anchors();

  private static Set<String> anchors() {
    List<String> all = new ArrayList<>();
    for (Set<String> s : List.of(ReportCues.SHARED, ReportCues.STRONG, ReportCues.WEAK,
        ReportCues.TOLD, ReportCues.OBJECT_VERBS, ReportCues.ABOUT_VERBS, ReportCues.HEAR,
        ReportCues.CONDUCT)) {
      all.addAll(s);
    }
    all.addAll(List.of("happened", "share", "storm", "stormed", "storming", "nodded",
        "nodding", "passed", "reeked", "reeking", "smelled", "smelling", "hitting", "hit",
        "showed", "shows", "came", "was"));
    return org.confidant.guard.text.WordTable.copyOf(all);
  }

  /** The words of our own lists, described in advance; null while it is being built. */
  private static final WordMemo KNOWN = known();

  private final WordMemo known;
  private String[] raw;
  /** Each slot's word's {@link String#hashCode}, compared before the word itself. */
  private int[] hashes;
  private int[] slotId;
  String[] lower = new String[64];
  String[] base = new String[64];
  /** {@link Terms#term} of the word read as English, or null for a stop word. */
  String[] englishTerm = new String[64];
  /** {@link Terms#term} of the word read as Spanish, when {@link #spanishDone}. */
  private String[] spanishTerm = new String[64];
  private boolean[] spanishDone = new boolean[64];
  byte[] flags = new byte[64];
  int count;

  /** An empty memo for one text. */
  WordMemo() {
    this(KNOWN, 256);
  }

  private WordMemo(WordMemo known, int capacity) {
    this.known = known;
    raw = new String[capacity];
    hashes = new int[capacity];
    slotId = new int[capacity];
  }

  /** The id of the word {@code cs[from, to)} (also {@code text}'s chars), added if new. */
  int find(String text, char[] cs, int from, int to) {
    int hash = 0;
    boolean plain = true; // no upper-case letter, curly apostrophe or other non-ASCII char
    for (int c = from; c < to; c++) {
      char ch = cs[c];
      hash = 31 * hash + ch;
      plain &= ch < 128 && (ch < 'A' || ch > 'Z');
    }
    int k = probe(cs, from, to, hash);
    if (raw[k] != null) {
      return slotId[k];
    }
    int id = count++;
    if (id == lower.length) {
      int n = id * 2;
      lower = Arrays.copyOf(lower, n);
      base = Arrays.copyOf(base, n);
      englishTerm = Arrays.copyOf(englishTerm, n);
      spanishTerm = Arrays.copyOf(spanishTerm, n);
      spanishDone = Arrays.copyOf(spanishDone, n);
      flags = Arrays.copyOf(flags, n);
    }
    int s = known == null ? -1 : known.probe(cs, from, to, hash);
    if (s >= 0 && known.raw[s] != null) {
      int w = known.slotId[s];
      raw[k] = known.raw[s];
      lower[id] = known.lower[w];
      base[id] = known.base[w];
      englishTerm[id] = known.englishTerm[w];
      spanishTerm[id] = known.spanishTerm[w];
      spanishDone[id] = true;
      flags[id] = known.flags[w];
    } else {
      raw[k] = text.substring(from, to);
      describe(id, raw[k], plain);
    }
    hashes[k] = hash;
    slotId[k] = id;
    if (count * 2 > raw.length) {
      grow();
    }
    return id;
  }

  /** The slot holding the word {@code cs[from, to)}, or the empty slot where it would go. */
  private int probe(char[] cs, int from, int to, int hash) {
    int len = to - from;
    int mask = raw.length - 1;
    for (int k = slot(hash, mask); ; k = (k + 1) & mask) {
      String e = raw[k];
      if (e == null || (hashes[k] == hash && e.length() == len && same(e, cs, from))) {
        return k;
      }
    }
  }

  private static boolean same(String e, char[] cs, int from) {
    for (int i = 0; i < e.length(); i++) {
      if (e.charAt(i) != cs[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B1;
    return (h ^ (h >>> 16)) & mask; // all 32 bits reach the slot, whatever the table's size
  }

  /**
   * Describes word {@code id}; {@code plain}: the word is ASCII without capitals, so it is its
   * own lower-cased form.
   */
  private void describe(int id, String word, boolean plain) {
    // A plain word missing from the static table is in none of the lists that table was built
    // from (its lower-cased form is the word itself): looking it up in them again would fail.
    boolean unlisted = plain && known != null;
    String l = plain ? word : word.toLowerCase(Locale.ROOT).replace('’', '\'');
    lower[id] = l;
    String b = l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
    base[id] = b;
    boolean baseListed = !unlisted || b != l;
    String term = Terms.term(l, false, unlisted);
    englishTerm[id] = term;
    boolean content = term != null && !Character.isDigit(l.charAt(0))
        && (unlisted || !ReportCues.GENERIC.contains(l));
    flags[id] = (byte) ((!unlisted && ANCHORS.contains(l) ? ANCHOR : 0)
        | ((baseListed && ReportCues.MEETING.contains(b)) || b.equals("study")
            || b.equals("studies") ? MEETING : 0)
        | ((baseListed && ReportCues.TIME.contains(b)) || b.equals("night") || b.equals("week")
            ? TIME : 0)
        | (content ? CONTENT : 0)
        | (unlisted ? 0 : Lexicon.SPANISH_CUES.contains(l) ? SPANISH_CUE
            : Lexicon.ENGLISH_CUES.contains(l) ? ENGLISH_CUE : 0));
  }

  /** {@link Terms#term} of word {@code id} read as Spanish. */
  String spanishTerm(int id) {
    if (!spanishDone[id]) {
      spanishTerm[id] = Terms.term(lower[id], true);
      spanishDone[id] = true;
    }
    return spanishTerm[id];
  }

  /** Every word of our lists, as listed and capitalized, described by {@link #describe}. */
  private static WordMemo known() {
    List<Collection<String>> lists = new ArrayList<>(List.of(Lexicon.STOP,
        Lexicon.MAP.keySet(), Lexicon.SPANISH_CUES, Lexicon.ENGLISH_CUES, ANCHORS,
        ReportGrammar.THINGS, ReportGrammar.INTENSIFIERS, ReportGrammar.ABOUT));
    lists.addAll(ReportCues.ALL);
    WordMemo m = new WordMemo(null, 8192);
    for (Collection<String> list : lists) {
      for (String w : list) {
        if (!w.isEmpty()) {
          add(m, w);
          add(m, Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
      }
    }
    for (int id = 0; id < m.count; id++) {
      m.spanishTerm(id);
    }
    return m;
  }

  private static void add(WordMemo m, String w) {
    char[] cs = w.toCharArray();
    m.find(w, cs, 0, cs.length);
  }

  private void grow() {
    String[] oldRaw = raw;
    int[] oldHashes = hashes;
    int[] oldIds = slotId;
    raw = new String[oldRaw.length * 2];
    hashes = new int[raw.length];
    slotId = new int[raw.length];
    int mask = raw.length - 1;
    for (int j = 0; j < oldRaw.length; j++) {
      String e = oldRaw[j];
      if (e != null) {
        int k = slot(oldHashes[j], mask);
        while (raw[k] != null) {
          k = (k + 1) & mask;
        }
        raw[k] = e;
        hashes[k] = oldHashes[j];
        slotId[k] = oldIds[j];
      }
    }
  }
}
