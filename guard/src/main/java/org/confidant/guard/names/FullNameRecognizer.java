package org.confidant.guard.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags a private person's full name: a first name followed by a last name ("Priya Shah",
 * "priya shah", "Mary Ellen Hughes", "Dr. Ana Ruiz", "María García López", "Jake Torres's"),
 * and a last name given on its own after "last name is" / "apellido es".
 *
 * <p>Evidence comes from the given-name and surname frequency lists ({@link NameLexicon}),
 * capitalisation, the words around the name, and the message's context: a first name followed
 * by a word that completes a known member's display name ("Priya S." and "priya shah") is
 * strong evidence, even in lower case. The writer's own full name is reported too, with
 * {@link Subject#AUTHOR}; policy decides what to do with it.
 *
 * <p>Deliberately passes: first names alone ("Mike"), a first name and an initial ("Mike B.",
 * "Bill W."), public figures, brands and placeholders from {@code public-figures.txt} ("Elton
 * John", "Jack Daniels", "John Doe"), places and organisations ("San Diego", "Grace Church",
 * "Whittaker Street", "Al Anon"), everyday words that are also names unless the rest is
 * clearly a surname ("Will Power", "Hope Street", "Rose Garden", "June Meeting", "Big Book"),
 * and two first names in a row ("Sarah Jake and Mike"). Lower-case names need both words to
 * be frequent names that are not everyday words, and a person cue ("thanks", "my sponsee",
 * "con", a label colon, a line of its own) or a member match.
 *
 * <p>One pass over the words, a constant number of look-ups per word: linear in the text.
 * Never throws; stateless and thread-safe.
 */
public final class FullNameRecognizer implements Recognizer {
  /** This recognizer's id. */
  public static final String ID = "personal-info/full-name";

  private static final String OTHER_EXPLANATION = "This looks like a person's full name (first "
      + "and last name). The fellowship's rule: " + Rule.PERSONAL_INFO.principle() + ". Members "
      + "are known by first name and last initial; a full name can reveal who someone is.";
  private static final String AUTHOR_EXPLANATION = "This looks like your own full name. The "
      + "fellowship's rule: " + Rule.PERSONAL_INFO.principle() + ". Your anonymity is yours to "
      + "protect: think about who will read this before sharing your last name.";
  private static final String SURNAME_EXPLANATION = "This looks like a person's last name, "
      + "which together with a first name identifies them. The fellowship's rule: "
      + Rule.PERSONAL_INFO.principle() + ".";

  /** Births an everyday first word ("Grace") needs before an unlisted last word. */
  private static final int COMMON_FIRST_GIVEN = 20_000;

  private final NameEvidence evidence;
  private final PublicFigures figures;

  /** A recognizer using the shipped name lists. */
  public FullNameRecognizer() {
    this(NameLexicon.shared());
  }

  /** A recognizer using {@code lexicon} for name frequencies (tests). */
  public FullNameRecognizer(NameLexicon lexicon) {
    this.evidence = new NameEvidence(lexicon);
    this.figures = PublicFigures.shared();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  /** A name found: words {@code [first, last]}, how sure, whose, whether a surname alone. */
  private record Candidate(int first, int last, double score, Subject subject,
      boolean surnameOnly) {}

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String text = analysis.normalized().text();
    List<NameToken> toks = NameTokens.tokenize(text);
    if (toks.isEmpty()) {
      return;
    }
    KnownPeople people = new KnownPeople(analysis.message());
    boolean titleCase = NameEvidence.titleCase(toks);
    List<Candidate> found = new ArrayList<>();
    Set<String> fullSurnames = new HashSet<>();
    int i = 0;
    int lastNameEnd = -10;
    while (i < toks.size()) {
      Candidate c = mayStartName(toks, i, people)
          ? fullNameAt(text, toks, i, people, titleCase, lastNameEnd) : null;
      if (c == null) {
        c = surnameAfterCue(text, toks, i);
      }
      if (c == null) {
        i++;
        continue;
      }
      if (!c.surnameOnly()) {
        fullSurnames.add(toks.get(c.last()).key());
      }
      found.add(c);
      lastNameEnd = c.last();
      i = c.last() + 1;
    }
    for (Candidate c : found) {
      if (c.surnameOnly() && fullSurnames.contains(toks.get(c.last()).key())) {
        continue; // the same person's full name is flagged where it appears
      }
      String why = c.surnameOnly() ? SURNAME_EXPLANATION
          : c.subject() == Subject.AUTHOR ? AUTHOR_EXPLANATION : OTHER_EXPLANATION;
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.FULL_NAME, toks.get(c.first()).start(),
          toks.get(c.last()).end(), c.score(), c.subject(), why, ID));
    }
  }

  /**
   * Whether word {@code i} can start a full name at all: a cheap test that {@link #score} would
   * not answer 0 whatever follows. A known member's first name, a capitalised word that is a
   * given name, an unlisted word or follows a title, or a frequent given name that is not an
   * everyday word.
   */
  private boolean mayStartName(List<NameToken> toks, int i, KnownPeople people) {
    NameToken f = toks.get(i);
    if (f.length() < 2 || i + 1 >= toks.size()) {
      return false;
    }
    if (f.cap() && (evidence.given(f) > 0 || evidence.unknown(f)
        || i > 0 && toks.get(i - 1).is(Word.TITLE))) {
      return true;
    }
    if (!NameEvidence.common(f) && evidence.given(f) >= NameEvidence.LOWER_GIVEN) {
      return true;
    }
    return people.hasFirst(f.word());
  }

  /** The full name starting at word {@code i}, or {@code null}. */
  private Candidate fullNameAt(String text, List<NameToken> toks, int i, KnownPeople people,
      boolean titleCase, int lastNameEnd) {
    int n = toks.size();
    NameToken f = toks.get(i);
    if (f.length() < 2 || i + 1 >= n || f.is(Word.TITLE)) {
      return null;
    }
    NameToken prev = i > 0 ? toks.get(i - 1) : null;
    boolean titled = prev != null && prev.cap() && prev.is(Word.TITLE)
        && f.joinedAfterAbbreviation() && f.cap();
    if (prev != null && prev.cap() && f.joinedAfterAbbreviation()
        && prev.is(Word.PLACE_PREFIX)) {
      return null; // "San Diego", "St. Paul", "Rue Abdelaziz ..."
    }
    if (f.is(Word.PLACE_PREFIX) && !titled) {
      return null;
    }
    if (afterHouseNumber(text, f)) {
      return null; // "06 Reyes Católicos 17": a street named after someone
    }
    // Optional middle name or initial, particles, then the last name.
    int j = i + 1;
    NameToken m = toks.get(j);
    if (!m.joined()) {
      return null;
    }
    boolean middle = false;
    if (f.cap() && m.cap() && j + 1 < n) {
      NameToken after = toks.get(j + 1);
      boolean initial = m.isInitial() && (after.joined()
          || after.has(NameToken.GAP_DOT) && after.joinedAfterAbbreviation());
      boolean middleName = !m.isInitial() && evidence.givenDominant(m) && !NameEvidence.common(m)
          && after.joined();
      if ((initial || middleName) && after.cap() && !evidence.givenDominant(after)
          && evidence.capitalisedSurname(after, false) && !NameEvidence.common(after)) {
        middle = true;
        j++;
      }
    }
    int particles = 0;
    while (particles < 2 && j + 1 < n && !toks.get(j).cap()
        && toks.get(j).is(Word.PARTICLE) && toks.get(j).joined()
        && toks.get(j + 1).joined() && toks.get(j + 1).cap() && f.cap()) {
      j++;
      particles++;
    }
    NameToken l = toks.get(j);
    if (l.isInitial() || l.length() < 2) {
      return null; // "Mike B.", "Bill W."
    }
    int last = j;
    // A second surname ("García López", "Ruiz y Soto").
    if (l.cap() && last + 1 < n) {
      int k = last + 1;
      if (k + 1 < n && toks.get(k).joined() && toks.get(k).key().equals("y")
          && !toks.get(k).cap()) {
        k++;
      }
      NameToken s2 = toks.get(k);
      if (s2.joined() && s2.cap() && !NameEvidence.common(s2) && !evidence.acronym(s2)
          && !evidence.givenDominant(s2) && !s2.is(Word.PLACE_SUFFIX)
          && (evidence.surname(s2) > 0 || evidence.unknownShaped(s2))) {
        last = k;
      }
    }
    if (last + 1 < n) {
      NameToken next = toks.get(last + 1);
      if (next.joined() && next.cap() && next.is(Word.PLACE_SUFFIX)) {
        return null; // "Kate Edger Place", "Thomas Jefferson High School"
      }
    }
    if (figures.covers(toks, titled ? i - 1 : i, last)) {
      return null;
    }
    KnownPeople.Person known = people.match(f.key(), l.key());
    Subject subject = known != null && known.author() || NameEvidence.selfIntroduced(toks, i)
        ? Subject.AUTHOR : Subject.OTHER;
    boolean listed = i - 1 == lastNameEnd && f.has(NameToken.GAP_COMMA)
        || i - 2 == lastNameEnd && toks.get(i).joined() && toks.get(i - 1).joined()
        && (toks.get(i - 1).key().equals("and") || toks.get(i - 1).key().equals("y"));
    double score = score(toks, i, j, l, f, known, titled, middle || particles > 0, titleCase,
        listed);
    return score > 0 ? new Candidate(i, last, score, subject, false) : null;
  }

  /** How sure the words {@code f ... l} are a full name; 0 when they are not taken as one. */
  private double score(List<NameToken> toks, int i, int j, NameToken l, NameToken f,
      KnownPeople.Person known, boolean titled, boolean structured, boolean titleCase,
      boolean listed) {
    boolean fCommon = NameEvidence.common(f);
    boolean lCommon = NameEvidence.common(l);
    int lSurname = evidence.surname(l);
    if (known != null) {
      // Completes a member's display name: strong, whatever the case, unless an everyday word.
      boolean fits = l.cap() ? evidence.capitalisedSurname(l, false)
          : !lCommon && (lSurname > 0 || evidence.unknownShaped(l));
      return fits ? 0.95 : 0;
    }
    if (listOfFirstNames(toks, i, j, l) || !structured
        && f.is(Word.DOUBLE_FIRST) && evidence.given(l) > 10L * lSurname) {
      return 0; // "Sarah Jake and Mike", "Juan Carlos", "Mary Beth"
    }
    boolean shouting = f.allUpper() && l.allUpper();
    if (f.cap() && l.cap() && !titleCase && !shouting) {
      if (titled) {
        return !lCommon && (lSurname > 0 || evidence.unknown(l)) ? 0.85 : 0;
      }
      if (evidence.given(f) == 0) {
        return foreignFirstName(toks, i, f, l, listed) ? 0.6 : 0;
      }
      if (!evidence.capitalisedSurname(l, fCommon)
          || fCommon && evidence.given(f) < COMMON_FIRST_GIVEN
          || l.allUpper() && !f.allUpper() && lSurname < 5_000) {
        return 0; // "An IDLE", "My License", "Mike DUI"
      }
      if (fCommon && (lCommon || evidence.givenDominant(l) && lSurname < 1_000)) {
        return 0; // "Grace Church", "Will Power", "Hope Street"
      }
      if ((lSurname == 0 || evidence.given(l) > 100L * lSurname) && evidence.given(l) > 0
          && !structured) {
        return 0; // two first names: "Sarah Jake"
      }
      return lSurname > 0 ? 0.9 : 0.75;
    }
    // Lower case, mixed case, or a title-case text where capitals say little.
    if (evidence.given(f) < NameEvidence.LOWER_GIVEN || fCommon || lCommon
        || evidence.acronym(l)) {
      return 0;
    }
    boolean capsBoth = f.cap() && l.cap();
    boolean surnameOk = lSurname >= NameEvidence.LOWER_SURNAME
        || lSurname > 0 && capsBoth || evidence.unknownShaped(l) && (capsBoth || !f.cap())
        || capsBoth && evidence.unknown(l) && l.length() >= 3
        && evidence.given(f) >= COMMON_FIRST_GIVEN && NameEvidence.cued(toks, i, j)
        || !f.cap() && !l.cap() && evidence.unknown(l) && l.length() >= 3
        && evidence.givenDominant(f) && !englishShaped(l.key())
        && NameEvidence.namedAfter(toks, i);
    if (!surnameOk || evidence.given(l) > 10L * lSurname && !structured) {
      return 0;
    }
    if (capsBoth && (lSurname > 0 || l.nonAscii())) {
      return 0.75;
    }
    return NameEvidence.cued(toks, i, j) ? 0.7 : 0;
  }

  /**
   * Whether an unlisted capitalised word and a surname after it are a foreign full name
   * ("thanks to Wijtze Koopmans", "my name is Iolanda Tratnik"): the first word is in no list,
   * the second is a listed or accented surname, and a person cue comes just before.
   */
  private boolean foreignFirstName(List<NameToken> toks, int i, NameToken f, NameToken l,
      boolean listed) {
    if (!evidence.unknown(f) || f.length() < 3 || f.allUpper() || l.allUpper()
        || NameEvidence.common(l) || evidence.acronym(l) || i == 0) {
      return false;
    }
    if (englishShaped(f.key()) || englishShaped(l.key())) {
      return false; // "Entertainment Weekly"
    }
    boolean surname = evidence.surname(l) >= 300 && !evidence.givenDominant(l)
        || evidence.unknown(l) && (l.nonAscii() || NameWords.surnameShaped(l.key()));
    if (!surname) {
      return false;
    }
    NameToken before = toks.get(i - 1);
    return listed || f.joined() && (before.is(Word.CUE_BEFORE) || before.is(Word.TITLE));
  }

  private static final String[] ENGLISH_ENDINGS = {"ment", "tion", "sion", "ness", "ity", "ing",
      "ly", "ous", "ful", "less", "able", "ible", "ism", "ive", "ics", "ance", "ence", "ship",
      "ware", "ers", "ies"};

  /** Whether a word ends like an English noun, adjective or adverb rather than a name. */
  private static boolean englishShaped(String key) {
    for (String e : ENGLISH_ENDINGS) {
      if (key.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a number stands just before {@code f} on the same line, like a house number. */
  private static boolean afterHouseNumber(String text, NameToken f) {
    int k = f.start() - 1;
    while (k >= 0 && k > f.start() - 4 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k >= 0 && k < f.start() - 1 && Character.isDigit(text.charAt(k));
  }

  /**
   * Whether {@code f l} is more likely two first names of a list ("Sarah Jordan and Mike",
   * "Mike, Sarah Jordan"): the second word is mostly a given name and a list goes on around it.
   */
  private boolean listOfFirstNames(List<NameToken> toks, int i, int j, NameToken l) {
    if (!evidence.givenDominant(l)) {
      return false;
    }
    boolean rarelySurname = evidence.given(l) > 10L * evidence.surname(l);
    NameToken next = j + 1 < toks.size() ? toks.get(j + 1) : null;
    boolean listAfter = next != null && (next.has(NameToken.GAP_COMMA) && rarelySurname
        || next.joined() && (next.key().equals("and") || next.key().equals("y")
        || next.key().equals("e") || next.key().equals("or")));
    boolean listBefore = i > 0 && (toks.get(i).has(NameToken.GAP_COMMA)
        || toks.get(i).joined() && toks.get(i - 1).key().equals("and"));
    return listAfter || listBefore;
  }

  /**
   * A last name given on its own after a cue: "last name is Lindqvist", "my last name's
   * Ferreira", "su apellido es Ruiz", "se apellida Ruiz"; {@code null} when word {@code i} is
   * not such a cue.
   */
  private Candidate surnameAfterCue(String text, List<NameToken> toks, int i) {
    NameToken t = toks.get(i);
    String k = t.key();
    String prev = i > 0 ? toks.get(i - 1).key() : "";
    int x;
    if (k.equals("name") && (prev.equals("last") || prev.equals("family")
        || prev.equals("maiden") || prev.equals("sur"))
        || k.equals("surname") || k.equals("apellido") || k.equals("apellidos")) {
      boolean contracted = t.end() < text.length()
          && NameTokens.isApostrophe(text.charAt(t.end()));
      x = i + 1;
      if (!contracted && x < toks.size()) {
        String v = toks.get(x).key();
        if (v.equals("is") || v.equals("es") || v.equals("was") || v.equals("son")
            || v.equals("era")) {
          x++;
        }
      }
    } else if (k.equals("apellida") && prev.equals("se")) {
      x = i + 1;
    } else {
      return null;
    }
    if (x >= toks.size()) {
      return null;
    }
    NameToken s = toks.get(x);
    if (s.has(NameToken.GAP_SENTENCE) || s.has(NameToken.GAP_LINE) || s.length() < 2
        || NameEvidence.common(s) || evidence.acronym(s)
        || !(s.cap() || evidence.surname(s) > 0 || evidence.unknownShaped(s))) {
      return null;
    }
    boolean mine = false;
    for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
      String w = toks.get(b).key();
      mine |= w.equals("my") || w.equals("mi");
    }
    return new Candidate(x, x, 0.8, mine ? Subject.AUTHOR : Subject.OTHER, true);
  }
}
