package org.confidant.guard.safety;

import java.util.Arrays;
import org.confidant.guard.recognizer.Analysis;

/**
 * The words of a normalized text, with sentence and clause numbers, for the phrase-based
 * recognizers of the safety rules (coercion, crisis).
 *
 * <p>Each word is a run of letters and digits, with inner apostrophes; its canonical form is
 * lower-cased, has no apostrophes ("what's" becomes "whats", "I’m" becomes "im") and no Latin
 * accents ("número" becomes "numero"), so that word lists are written once for both spellings.
 * Pictographs (emoji) are single words of their own. Sentences end at {@code . ! ? ;}, a line
 * break, or an opening Spanish {@code ¿ ¡}; clauses also end at commas, colons, dashes,
 * parentheses, slashes and quotation marks. A word inside double quotation marks is marked
 * quoted.
 *
 * <p>Guarantees: one pass over the text, linear time and memory, never throws; offsets are
 * indices into the normalized text the words were read from.
 */
public final class Words {
  private String[] canon;
  private int[] hash;
  private int[] start;
  private int[] end;
  private int[] sentence;
  private int[] clause;
  private byte[] flags;
  private int size;
  private final String text;

  private static final byte CAPITAL = 1;
  private static final byte POSSESSIVE = 2;
  private static final byte QUOTED = 4;
  private static final byte SENTENCE_END_QUESTION = 8;

  private Words(String text) {
    this.text = text;
    // A word takes at least one char and, but for pictographs, a separator: rarely regrown.
    int cap = Math.max(8, text.length() / 2 + 1);
    canon = new String[cap];
    hash = new int[cap];
    start = new int[cap];
    end = new int[cap];
    sentence = new int[cap];
    clause = new int[cap];
    flags = new byte[cap];
  }

  /** Key of the words of an analysis's normalized text in {@link Analysis#shared}. */
  private static final Object SHARED = new Object();

  /**
   * The words of {@code analysis}'s normalized text, split once per check and shared by every
   * recognizer that asks; equal to {@code of(analysis.normalized().text())}. Read-only.
   */
  public static Words of(Analysis analysis) {
    return analysis.shared(SHARED, a -> of(a.normalized().text()));
  }

  /** Splits {@code text} (a normalized text, not lower-cased) into words. */
  public static Words of(String text) {
    Words w = new Words(text == null ? "" : text);
    w.scan();
    return w;
  }

  private void scan() {
    final char[] text = this.text.toCharArray();
    int n = text.length;
    int sent = 0;
    int cl = 0;
    boolean inQuote = false;
    int sentenceFirstWord = 0;
    int i = 0;
    char[] buf = new char[32];
    Interner interner = new Interner();
    while (i < n) {
      char c = text[i];
      if (isLetterOrDigit(c)) {
        int s = i;
        int len = 0;
        int hash = 0;
        boolean possessive = false;
        while (i < n) {
          char d = text[i];
          if (isLetterOrDigit(d)) {
            char l = d < 0x80 ? (d >= 'A' && d <= 'Z' ? (char) (d + 32) : d)
                : fold(Character.toLowerCase(d));
            if (len == buf.length) {
              buf = Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = l;
            hash = 31 * hash + l;
            i++;
          } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text[i + 1])
              && i > s) {
            possessive = (i + 2 >= n || !isLetterOrDigit(text[i + 2]))
                && Character.toLowerCase(text[i + 1]) == 's';
            i++;
          } else {
            break;
          }
        }
        byte f = 0;
        if (Character.isUpperCase(c)) {
          f |= CAPITAL;
        }
        if (possessive) {
          f |= POSSESSIVE;
        }
        if (inQuote) {
          f |= QUOTED;
        }
        add(interner.intern(buf, len, hash), hash, s, i, sent, cl, f);
        continue;
      }
      int cp = c < 0x80 ? c : Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (cp >= 0x80 && isPictograph(cp)) {
        String pict = this.text.substring(i, i + len);
        add(pict, pict.hashCode(), i, i + len, sent, cl, inQuote ? QUOTED : 0);
        i += len;
        continue;
      }
      boolean sentenceBreak = false;
      boolean clauseBreak = false;
      switch (c) {
        case '.':
          // A dot inside a word or number ("example.com", "555.0162") does not end a sentence.
          sentenceBreak = i + 1 >= n || !isLetterOrDigit(text[i + 1]);
          break;
        case '!': case '?': case ';': case '\n': case '\r': case '¿': case '¡': case '…':
          sentenceBreak = true;
          break;
        case ',': case ':': case '—': case '–': case '(': case ')': case '/': case '|':
        case '[': case ']': case '•':
          clauseBreak = true;
          break;
        case '-':
          clauseBreak = (i > 0 && text[i - 1] == ' ')
              || (i + 1 < n && text[i + 1] == ' ');
          break;
        case '"': case '“': case '”': case '«': case '»':
          clauseBreak = true;
          inQuote = c == '“' || c == '«' || (c == '"' && !inQuote);
          if (c == '”' || c == '»') {
            inQuote = false;
          }
          break;
        default:
          break;
      }
      if (sentenceBreak) {
        if (c == '?' && size > sentenceFirstWord) {
          for (int k = sentenceFirstWord; k < size; k++) {
            flags[k] |= SENTENCE_END_QUESTION;
          }
        }
        if (size > 0 && sentence[size - 1] == sent) {
          sent++;
          cl++;
          sentenceFirstWord = size;
        }
      } else if (clauseBreak) {
        if (size > 0 && clause[size - 1] == cl) {
          cl++;
        }
      }
      i += len;
    }
  }

  private void add(String word, int h, int s, int e, int sent, int cl, byte f) {
    if (size == canon.length) {
      int cap = size * 2;
      canon = Arrays.copyOf(canon, cap);
      hash = Arrays.copyOf(hash, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      sentence = Arrays.copyOf(sentence, cap);
      clause = Arrays.copyOf(clause, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    canon[size] = word;
    hash[size] = h;
    start[size] = s;
    end[size] = e;
    sentence[size] = sent;
    clause[size] = cl;
    flags[size] = f;
    size++;
  }

  /** {@link Character#isLetterOrDigit(char)}, with a shortcut for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Canonical words of one text, shared: a repeated word is one String (its hash computed
   * once), so a long text of few distinct words allocates few strings. Open addressing,
   * grown at half load; linear in the text.
   */
  private static final class Interner {
    private String[] table = new String[256];
    private int[] hashes = new int[256];
    private int count;

    String intern(char[] buf, int len, int hash) {
      int mask = table.length - 1;
      int h = hash ^ (hash >>> 16);
      for (int k = h & mask; ; k = (k + 1) & mask) {
        String e = table[k];
        if (e == null) {
          String made = new String(buf, 0, len);
          made.hashCode(); // cached now, while its bytes are hot: word tables need it later
          table[k] = made;
          hashes[k] = hash;
          if (++count * 2 > table.length) {
            grow();
          }
          return made;
        }
        if (hashes[k] == hash && e.length() == len && sameChars(e, buf, len)) {
          return e;
        }
      }
    }

    private static boolean sameChars(String e, char[] buf, int len) {
      for (int j = 0; j < len; j++) {
        if (e.charAt(j) != buf[j]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      String[] old = table;
      int[] oldHashes = hashes;
      table = new String[old.length * 2];
      hashes = new int[old.length * 2];
      int mask = table.length - 1;
      for (int j = 0; j < old.length; j++) {
        if (old[j] != null) {
          int hash = oldHashes[j];
          int h = hash ^ (hash >>> 16);
          int k = h & mask;
          while (table[k] != null) {
            k = (k + 1) & mask;
          }
          table[k] = old[j];
          hashes[k] = hash;
        }
      }
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '´' || c == '`';
  }

  static boolean isPictograph(int cp) {
    int type = Character.getType(cp);
    return cp >= 0x1F000 || type == Character.OTHER_SYMBOL;
  }

  static char fold(char c) {
    switch (c) {
      case 'á': case 'à': case 'â': case 'ä': case 'ã': return 'a';
      case 'é': case 'è': case 'ê': case 'ë': return 'e';
      case 'í': case 'ì': case 'î': case 'ï': return 'i';
      case 'ó': case 'ò': case 'ô': case 'ö': case 'õ': return 'o';
      case 'ú': case 'ù': case 'û': case 'ü': return 'u';
      case 'ñ': return 'n';
      case 'ç': return 'c';
      default: return c;
    }
  }

  /** Number of words. */
  public int size() {
    return size;
  }

  /** The text the words were read from. */
  public String text() {
    return text;
  }

  /** The canonical form of word {@code i}, or "" when {@code i} is out of range. */
  public String word(int i) {
    return i >= 0 && i < size ? canon[i] : "";
  }

  /**
   * {@link String#hashCode()} of the canonical form of word {@code i}, without touching the
   * string; 0 (the hash of "") when {@code i} is out of range.
   */
  public int hash(int i) {
    return i >= 0 && i < size ? hash[i] : 0;
  }

  /** Whether word {@code i} exists and its canonical form is one of {@code options}. */
  public boolean is(int i, java.util.Set<String> options) {
    return i >= 0 && i < size && options.contains(canon[i]);
  }

  /** Whether word {@code i} exists and its canonical form equals {@code w}. */
  public boolean is(int i, String w) {
    return i >= 0 && i < size && canon[i].equals(w);
  }

  /** Start offset of word {@code i} in the normalized text. */
  public int start(int i) {
    return start[i];
  }

  /** End offset (exclusive) of word {@code i} in the normalized text. */
  public int end(int i) {
    return end[i];
  }

  /** Sentence number of word {@code i}. */
  public int sentence(int i) {
    return sentence[i];
  }

  /** Clause number of word {@code i} (clauses never span sentences). */
  public int clause(int i) {
    return clause[i];
  }

  /** Whether words {@code a} and {@code b} both exist and are in the same sentence. */
  public boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < size && b < size && sentence[a] == sentence[b];
  }

  /** Whether words {@code a} and {@code b} both exist and are in the same clause. */
  public boolean sameClause(int a, int b) {
    return a >= 0 && b >= 0 && a < size && b < size && clause[a] == clause[b];
  }

  /** Whether word {@code i} starts with a capital letter as written. */
  public boolean capital(int i) {
    return (flags[i] & CAPITAL) != 0;
  }

  /** Whether word {@code i} was written with a trailing {@code 's} ("Jake's"). */
  public boolean possessive(int i) {
    return (flags[i] & POSSESSIVE) != 0;
  }

  /** Whether word {@code i} lies inside double quotation marks. */
  public boolean quoted(int i) {
    return (flags[i] & QUOTED) != 0;
  }

  /** Whether the sentence of word {@code i} ends with a question mark. */
  public boolean inQuestion(int i) {
    return (flags[i] & SENTENCE_END_QUESTION) != 0;
  }

  /** Whether word {@code i} is the first word of its clause. */
  public boolean clauseStart(int i) {
    return i == 0 || clause[i - 1] != clause[i];
  }

  /** Whether word {@code i} is the first word of its sentence. */
  public boolean sentenceStart(int i) {
    return i == 0 || sentence[i - 1] != sentence[i];
  }
}
