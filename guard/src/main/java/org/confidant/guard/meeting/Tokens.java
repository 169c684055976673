package org.confidant.guard.meeting;

import java.util.List;
import java.util.Locale;

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

  Tokens(String text) {
    this.text = text;
    List<int[]> words = Terms.words(text);
    size = words.size();
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
    Memo memo = new Memo();
    for (int i = 0; i < size; i++) {
      start[i] = words.get(i)[0];
      end[i] = words.get(i)[1];
      // lower and content depend only on the word as written: computed once per distinct word
      int m = memo.find(text, start[i], end[i]);
      lower[i] = memo.lower[m];
      bases[i] = memo.base[m];
      anchor[i] = (memo.flags[m] & Memo.ANCHOR) != 0;
      maybeMeeting[i] = (memo.flags[m] & Memo.MEETING) != 0;
      maybeTime[i] = (memo.flags[m] & Memo.TIME) != 0;
      capital[i] = Character.isUpperCase(text.charAt(start[i]));
      content[i] = memo.content[m];
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
   * The lower-cased form and content flag of each distinct written word, keyed by the word's
   * exact characters (open addressing, grown at half load). A repeated word costs one hash of
   * its characters and no allocation, and shares one lower-case String (hash cached).
   */
  private static final class Memo {
    private String[] raw = new String[256];
    String[] lower = new String[256];
    String[] base = new String[256];
    byte[] flags = new byte[256];
    static final byte ANCHOR = 1;
    static final byte MEETING = 2;
    static final byte TIME = 4;
    boolean[] content = new boolean[256];
    private int count;

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
          return k;
        }
      }
      String word = text.substring(from, to);
      String l = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      raw[k] = word;
      lower[k] = l;
      String b = l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
      base[k] = b;
      flags[k] = (byte) ((isAnchor(l) ? ANCHOR : 0)
          | (ReportCues.MEETING.contains(b) || b.equals("study") || b.equals("studies")
              ? MEETING : 0)
          | (ReportCues.TIME.contains(b) || b.equals("night") || b.equals("week") ? TIME : 0));
      content[k] = !ReportCues.GENERIC.contains(l) && !Character.isDigit(l.charAt(0))
          && Terms.term(l, false) != null;
      if (++count * 2 > raw.length) {
        grow();
        return find(text, from, to);
      }
      return k;
    }

    /**
     * Whether the lower-cased word is one that MeetingReportRecognizer.report acts on: every
     * branch there starts from one of these words, any other word reports nothing.
     */
    private static boolean isAnchor(String w) {
      return ReportCues.SHARED.contains(w) || ReportCues.STRONG.contains(w)
          || ReportCues.WEAK.contains(w) || ReportCues.TOLD.contains(w)
          || ReportCues.OBJECT_VERBS.contains(w) || w.equals("happened")
          || ReportCues.ABOUT_VERBS.contains(w) || ReportCues.HEAR.contains(w)
          || w.equals("share") || ReportCues.CONDUCT.contains(w)
          || w.equals("storm") || w.equals("stormed") || w.equals("storming")
          || w.equals("nodded") || w.equals("nodding") || w.equals("passed")
          || w.equals("reeked") || w.equals("reeking") || w.equals("smelled")
          || w.equals("smelling") || w.equals("hitting") || w.equals("hit")
          || w.equals("showed") || w.equals("shows") || w.equals("came") || w.equals("was");
    }

    private void grow() {
      String[] oldRaw = raw;
      String[] oldLower = lower;
      String[] oldBase = base;
      byte[] oldFlags = flags;
      boolean[] oldContent = content;
      raw = new String[oldRaw.length * 2];
      lower = new String[raw.length];
      base = new String[raw.length];
      flags = new byte[raw.length];
      content = new boolean[raw.length];
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
          lower[k] = oldLower[j];
          base[k] = oldBase[j];
          flags[k] = oldFlags[j];
          content[k] = oldContent[j];
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
