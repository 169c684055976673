package org.confidant.guard.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text with their sentences, for the report scanner: lower-cased words (curly
 * apostrophes made straight), whether each was capitalized, and the sentence each belongs to.
 *
 * <p>A sentence ends at '.', '!', '?', '¿', '¡' or a line break, except a '.' after a single
 * capital letter or a short title ("Nina P. said", "Dr. Lee"). Linear in the text's length.
 */
final class Tokens {
  final String text;
  final int[] start;
  final int[] end;
  final String[] lower;
  /** Each word without a trailing possessive "'s" (see {@link #base}). */
  private final String[] bases;
  /** Whether each word can start a report (a reporting, hearing or conduct word): a pre-filter. */
  final boolean[] anchor;
  /** Whether each word's base is a meeting word or "study"/"studies": a pre-filter. */
  final boolean[] maybeMeeting;
  /** Whether each word's base is a time word or "night"/"week": a pre-filter. */
  final boolean[] maybeTime;
  final boolean[] capital;
  /** Index of the first token of each token's sentence. */
  final int[] sentenceStart;
  /** Index just past the last token of each token's sentence. */
  final int[] sentenceEnd;
  /** Whether a '?' or ':' closes each token's sentence (the content may follow it). */
  final boolean[] opensNext;
  /** Whether each word could carry private content (not a stop word, program word or number). */
  final boolean[] content;
  final int size;

  /** Each token's distinct-word id (see {@link #words}): equal ids, equal written words. */
  final int[] id;
  /** The distinct written words of the text, with what is known of each. */
  final Memo words;

  private static final Object KEY = new Object();

  /** The tokens of the analysis's normalized text, made once per check and shared. */
  static Tokens of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(KEY, an -> new Tokens(an.normalized().text()));
  }

  Tokens(String text) {
    this.text = text;
    List<int[]> spans = Terms.words(text);
    size = spans.size();
    start = new int[size];
    end = new int[size];
    lower = new String[size];
    bases = new String[size];
    anchor = new boolean[size];
    maybeMeeting = new boolean[size];
    maybeTime = new boolean[size];
    capital = new boolean[size];
    sentenceStart = new int[size];
    sentenceEnd = new int[size];
    opensNext = new boolean[size];
    content = new boolean[size];
    id = new int[size];
    Memo memo = new Memo();
    words = memo;
    for (int i = 0; i < size; i++) {
      start[i] = spans.get(i)[0];
      end[i] = spans.get(i)[1];
      // everything but the capital depends only on the word as written: once per distinct word
      int m = memo.find(text, start[i], end[i]);
      id[i] = m;
      lower[i] = memo.lower[m];
      bases[i] = memo.base[m];
      byte f = memo.flags[m];
      anchor[i] = (f & Memo.ANCHOR) != 0;
      maybeMeeting[i] = (f & Memo.MEETING) != 0;
      maybeTime[i] = (f & Memo.TIME) != 0;
      capital[i] = Character.isUpperCase(text.charAt(start[i]));
      content[i] = (f & Memo.CONTENT) != 0;
    }
    int first = 0;
    for (int i = 0; i < size; i++) {
      int gapEnd = i + 1 < size ? start[i + 1] : text.length();
      int kind = boundary(i, gapEnd);
      if (kind != 0 || i == size - 1) {
        for (int k = first; k <= i; k++) {
          sentenceStart[k] = first;
          sentenceEnd[k] = i + 1;
          opensNext[k] = kind == 2;
        }
        first = i + 1;
      }
    }
  }

  /** 0: no boundary after token i; 1: a sentence ends; 2: it ends with '?' or ':'. */
  private int boundary(int i, int gapEnd) {
    int kind = 0;
    for (int c = end[i]; c < gapEnd; c++) {
      char ch = text.charAt(c);
      if (ch == '?' || ch == ':' || ch == '¿') {
        kind = 2;
      } else if ((ch == '!' || ch == '\n' || ch == '¡') && kind == 0) {
        kind = 1;
      } else if (ch == '.' && kind == 0 && !abbreviation(i)) {
        kind = 1;
      }
    }
    return kind;
  }

  private boolean abbreviation(int i) {
    String w = lower[i];
    return (w.length() == 1 && capital[i])
        || w.equals("dr") || w.equals("mr") || w.equals("mrs") || w.equals("ms")
        || w.equals("st") || w.equals("jr") || w.equals("sr") || w.equals("vs");
  }

  /**
   * The distinct written words of one text, numbered densely from 0 in order of first use, with
   * each one's lower-cased form (curly apostrophes made straight), base, English term and flags.
   * Found by the word's exact characters (open addressing, grown at half load): a repeated word
   * costs one hash of its characters and no allocation.
   */
  static final class Memo {
    static final byte ANCHOR = 1;
    static final byte MEETING = 2;
    static final byte TIME = 4;
    /** Could carry private content (see {@link Tokens#content}). */
    static final byte CONTENT = 8;
    /** A Spanish language cue ({@link Lexicon#SPANISH_CUES}). */
    static final byte SPANISH_CUE = 16;
    /** An English language cue and not a Spanish one ({@link Lexicon#ENGLISH_CUES}). */
    static final byte ENGLISH_CUE = 32;

    private String[] raw = new String[256];
    private int[] slotId = new int[256];
    String[] lower = new String[64];
    String[] base = new String[64];
    /** {@link Terms#term} of the word read as English, or null for a stop word. */
    String[] englishTerm = new String[64];
    byte[] flags = new byte[64];
    int count;

    int find(String text, int from, int to) {
      int hash = 0;
      for (int c = from; c < to; c++) {
        hash = 31 * hash + text.charAt(c);
      }
      int len = to - from;
      int mask = raw.length - 1;
      int k = (hash ^ (hash >>> 16)) & mask;
      for (; ; k = (k + 1) & mask) {
        String e = raw[k];
        if (e == null) {
          break;
        }
        if (e.length() == len && e.hashCode() == hash && text.startsWith(e, from)) {
          return slotId[k];
        }
      }
      String word = text.substring(from, to);
      int id = count++;
      raw[k] = word;
      slotId[k] = id;
      if (id == lower.length) {
        int n = id * 2;
        lower = java.util.Arrays.copyOf(lower, n);
        base = java.util.Arrays.copyOf(base, n);
        englishTerm = java.util.Arrays.copyOf(englishTerm, n);
        flags = java.util.Arrays.copyOf(flags, n);
      }
      String l = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      lower[id] = l;
      String b = l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
      base[id] = b;
      String term = Terms.term(l, false);
      englishTerm[id] = term;
      boolean content = !ReportCues.GENERIC.contains(l) && !Character.isDigit(l.charAt(0))
          && term != null;
      flags[id] = (byte) ((ANCHORS.contains(l) ? ANCHOR : 0)
          | (ReportCues.MEETING.contains(b) || b.equals("study") || b.equals("studies")
              ? MEETING : 0)
          | (ReportCues.TIME.contains(b) || b.equals("night") || b.equals("week") ? TIME : 0)
          | (content ? CONTENT : 0)
          | (Lexicon.SPANISH_CUES.contains(l) ? SPANISH_CUE
              : Lexicon.ENGLISH_CUES.contains(l) ? ENGLISH_CUE : 0));
      if (count * 2 > raw.length) {
        grow();
      }
      return id;
    }

    /**
     * The lower-cased words that MeetingReportRecognizer.report acts on: every branch there
     * starts from one of these words, any other word reports nothing.
     */
    private static final Set<String> ANCHORS = anchors();

    private static Set<String> anchors() {
      List<String> all = new java.util.ArrayList<>();
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

    private void grow() {
      String[] oldRaw = raw;
      int[] oldIds = slotId;
      raw = new String[oldRaw.length * 2];
      slotId = new int[raw.length];
      int mask = raw.length - 1;
      for (int j = 0; j < oldRaw.length; j++) {
        String e = oldRaw[j];
        if (e != null) {
          int hash = e.hashCode();
          int k = (hash ^ (hash >>> 16)) & mask;
          while (raw[k] != null) {
            k = (k + 1) & mask;
          }
          raw[k] = e;
          slotId[k] = oldIds[j];
        }
      }
    }
  }

  /** The word without a trailing possessive "'s". */
  String base(int i) {
    return bases[i];
  }

  boolean is(int i, java.util.Set<String> set) {
    return i >= 0 && i < size && set.contains(lower[i]);
  }
}
