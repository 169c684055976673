package org.confidant.guard.personal;

import static org.confidant.guard.personal.AddressWords.AMBIGUOUS_TYPES;
import static org.confidant.guard.personal.AddressWords.NOT_HOUSE_NUMBER;
import static org.confidant.guard.personal.AddressWords.NOT_NAME;
import static org.confidant.guard.personal.AddressWords.PREFIX_TYPES;
import static org.confidant.guard.personal.AddressWords.TYPES;

import java.util.List;
import java.util.Set;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags street addresses: a house number with a street name and type ("901 Harbor View Dr, Apt
 * 3B", "3 W 4th St #2", "1600 Pennsylvania Ave NW, Springfield, IL 62704"), Spanish and other
 * street-first forms ("Calle Olmo 14, 3º B", "Av. Reforma 220", "Nassaustraat 123"), PO boxes,
 * and informal addresses after a residence cue ("I'm at 22 Maple now", "the blue house at 14 Elm",
 * "the yellow duplex on Birch, number 12", "apartment 4C", "corner of 5th and Main" when said of
 * where someone lives).
 *
 * <p>Deliberately passes: a public venue's address in a meeting or announcement ("the Friday 6pm
 * is moving to the church basement at 220 Oak St") when the nearest place cue before it is a
 * venue word rather than a home word; a street name without a house number, even after "lives on"
 * ("she lives on Elm Street" names a street shared by many homes, not an address); page, step,
 * room and route numbers; times and counts. Businesses (a restaurant, a diner) are not venues:
 * their addresses are still flagged, as a person's whereabouts can be read from them.
 *
 * <p>Subject comes from {@link Ownership}. Scores: 0.85 for a number, name and street type (0.9
 * with a unit or zip), 0.8 for one-word European street names, 0.6 for informal forms.
 */
public final class AddressRecognizer implements Recognizer {
  static final String ID = "personal-info/address";

  /** Tokens looked back for a home or venue cue, within the sentence. */
  private static final int CONTEXT = 20;
  /** Tokens looked back for a cue that introduces an informal address. */
  private static final int NEAR = 5;

  private static final Set<String> STREET_CONNECTORS = org.confidant.guard.text.WordTable.of("de", "del", "la", "las", "los",
      "el", "san", "santa", "y");

  /**
   * A candidate over tokens {@code [first, last]}. {@code needsCue}: only when the nearest place
   * cue says "home". {@code informal}: a bare number and name ("22 Maple"), kept only after a home
   * cue close before it or when a unit or zip follows it.
   */
  record Match(int first, int last, double score, boolean needsCue, boolean informal) {
    Match(int first, int last, double score, boolean needsCue) {
      this(first, last, score, needsCue, false);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String lower = analysis.normalized().lower();
    DetailTokens t = DetailTokens.of(analysis);
    for (int i = 0; i < t.size(); i++) {
      Match m = match(t, i);
      if (m == null) {
        continue;
      }
      AddressContext.Place place = AddressContext.place(t, m.first(), CONTEXT);
      int last = AddressTail.extend(t, m.last());
      boolean tail = last > m.last();
      if (place == AddressContext.Place.VENUE
          || place == AddressContext.Place.NEAR_PERSON && AddressContext.venueAfter(t, last, 8)
          || place == AddressContext.Place.UNKNOWN && AddressContext.venueAfter(t, last, 3)) {
        // "at the church, 220 Oak St"; "we're at 410 Elm St for the Big Book study";
        // "Sundays at 7 Main St Church".
        continue;
      }
      if (m.informal() ? !(homeCueNear(t, m.first()) || tail)
          : m.needsCue() && place != AddressContext.Place.HOME
              && place != AddressContext.Place.NEAR_PERSON) {
        continue;
      }
      double score = tail ? Math.min(0.95, m.score() + 0.05) : m.score();
      int start = t.start(m.first());
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.ADDRESS, start, t.end(last), score,
          Ownership.of(lower, start), EXPLANATION, ID));
      i = last;
    }
  }

  /** The address candidate starting at token {@code i}, or {@code null}. */
  static Match match(DetailTokens t, int i) {
    Match m = null;
    if (isHouseNumber(t, i)) {
      m = numberFirst(t, i, true);
    } else if (t.isWord(i)) {
      int spelled = SpelledHouseNumber.end(t, i);
      if (spelled >= 0) {
        // "I live at fourteen Elm Street", "still at twenty-two seventeen birchwood": said of a
        // home (with a street type), or right after a home cue (without one).
        Match inner = numberFirst(t, spelled, false);
        m = inner == null ? null : new Match(i, inner.last(), inner.informal() ? 0.6 : 0.75, true,
            inner.informal());
      } else if (t.in(PREFIX_TYPES, i) || (t.is(i, "c") && t.isPunct(i + 1, '/'))) {
        m = streetFirst(t, i);
      } else if ((AddressWords.hasStreetSuffix(t.lower(), t.start(i), t.end(i))
          || t.in(AddressWords.EURO_TYPES, i) && t.isCapitalized(i)) && t.isNum(i + 1)
          && t.length(i + 1) <= 5) {
        m = new Match(i, i + 1, 0.8, false);
      } else if (t.in(AddressWords.HOME_UNITS, i)) {
        m = AddressForms.unitAlone(t, i);
      } else if (t.is(i, "corner") || t.is(i, "esquina")) {
        m = AddressForms.corner(t, i);
      } else if (t.is(i, "p") || t.is(i, "po") || t.is(i, "box") || t.is(i, "apartado")) {
        m = AddressForms.poBox(t, i);
      } else if (t.is(i, "number") || t.is(i, "número") || t.is(i, "numero")) {
        m = AddressForms.numberAfterStreet(t, i);
      }
    }
    return m;
  }

  private static boolean isHouseNumber(DetailTokens t, int i) {
    boolean num = t.isNum(i) && t.length(i) <= 6 && t.value(i) > 0;
    // "12B": digits and one letter (not "5th", "42nd", "6pm").
    String low = t.isMixed(i) ? t.low(i) : "";
    boolean numLetter = t.isMixed(i) && low.length() >= 2 && low.length() <= 6
        && Character.isLetter(low.charAt(low.length() - 1))
        && low.substring(0, low.length() - 1).chars().allMatch(Character::isDigit)
        && !low.endsWith("o");
    if (!num && !numLetter) {
      return false;
    }
    String before = t.low(i - 1);
    if (NOT_HOUSE_NUMBER.contains(before) || t.isPunct(i - 1, '#') || t.isPunct(i - 1, '$')) {
      return false;
    }
    // Parts of times, dates, decimals, phone numbers and ids: "7:30", "6/1", "555-0134".
    if (t.touchesPrevious(i) && t.type(i - 1) == DetailTokens.PUNCT) {
      return false;
    }
    return !(t.touchesPrevious(i + 1) && t.type(i + 1) == DetailTokens.PUNCT
        && !t.isPunct(i + 1, ',') && !t.isPunct(i + 1, '.'));
  }

  /** "14 Elm Street", "3 W 4th St", "22 Maple" (informal, needs a cue), "87 Jakobi 69". */
  private static Match numberFirst(DetailTokens t, int start, boolean mayLead) {
    // "23 8 wressle road" (a building number first) and "1 2 3 Maple Ave" (digits read out one
    // by one): the name starts after the last of a few number groups split by single spaces.
    int lastNumber = start;
    while (mayLead && lastNumber - start < 4 && t.isNum(lastNumber + 1)
        && t.start(lastNumber + 1) - t.end(lastNumber) == 1 && isHouseNumber(t, lastNumber + 1)) {
      lastNumber++;
    }
    if (t.isNum(lastNumber + 1) && t.start(lastNumber + 1) - t.end(lastNumber) == 1) {
      return null;
    }
    int i = lastNumber;
    if (PREFIX_TYPES.contains(t.low(i + 1))) {
      // "107 Rue Abdelaziz Thâalbi", "16 rue Descartes": number first, then a street-first name.
      int k = i + 2;
      while (k <= i + 5 && t.isWord(k) && !NOT_NAME.contains(t.low(k))) {
        k++;
      }
      if (k > i + 2) {
        String type = t.low(i + 1);
        boolean ambiguous = type.equals("via") || type.equals("plaza") || type.equals("av");
        return new Match(start, k - 1, 0.8, ambiguous);
      }
    }
    int names = 0;
    boolean capitals = true;
    int j = i + 1;
    int lastName = -1;
    for (; j < t.size() && j <= i + 6; j++) {
      if (t.isWord(j)) {
        String w = t.low(j);
        if (names >= 1 && TYPES.contains(w)) {
          // "Harbor View Dr", "Park Ave", "Hill Rd": a type word inside the name.
          for (int more = 0; more < 2 && TYPES.contains(t.low(j + 1)); more++) {
            j++;
            w = t.low(j);
          }
          boolean ambiguous = AMBIGUOUS_TYPES.contains(w);
          boolean capsOk = capitals && t.isCapitalized(j);
          int end = AddressWords.EURO_TYPES.contains(w) ? withOwnNumber(t, j) : j;
          return new Match(start, end, 0.85, ambiguous && !capsOk);
        }
        if (AddressWords.hasStreetSuffix(w)) {
          return new Match(start, withOwnNumber(t, j), 0.85, false);
        }
        if (NOT_NAME.contains(w) && !(names == 0 && AddressWords.DIRECTIONS.contains(w))) {
          break;
        }
        names++;
        capitals &= t.isCapitalized(j);
        lastName = j;
      } else if (t.isMixed(j) && DateReader.ordinalDay(t, j) < 0 && !isOrdinalStreet(t, j)) {
        break;
      } else if (t.isMixed(j)) {
        names++;
        lastName = j;
      } else if (t.isPunct(j, '.') && t.touchesPrevious(j) && t.length(j - 1) <= 2) {
        continue;
      } else {
        break;
      }
      if (names > 4) {
        break;
      }
    }
    if (lastName < 0 || names > 2) {
      // Informal addresses are short ("22 Maple", "14 Elm"); "3 Big Book studies" is a count.
      return null;
    }
    // Informal: a number and a name. "87 Jakobi 69": the name's own number.
    int last = lastName;
    if (t.isNum(last + 1) && t.length(last + 1) <= 5 && !t.touchesPrevious(last + 1)) {
      last++;
    }
    int firstName = i + 1;
    boolean nameOk = t.isCapitalized(firstName) || t.isWord(firstName) && names <= 2;
    return nameOk ? new Match(start, Math.min(last, i + 4), 0.6, true, true) : null;
  }

  /** "Nassaustraat 123", "aðalgata 37": the number written after a one-word street name. */
  private static int withOwnNumber(DetailTokens t, int j) {
    return t.isNum(j + 1) && t.length(j + 1) <= 4 && !t.touchesPrevious(j + 1)
        && !(t.touchesPrevious(j + 2) && t.type(j + 2) == DetailTokens.PUNCT
        && !t.isPunct(j + 2, ',') && !t.isPunct(j + 2, '.')) ? j + 1 : j;
  }

  static boolean isOrdinalStreet(DetailTokens t, int j) {
    String s = t.low(j);
    return s.endsWith("th") || s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd");
  }

  /** "Calle Olmo 14", "Av. Reforma 220", "C/ Mayor, 5", "rue Descartes 48". */
  private static Match streetFirst(DetailTokens t, int i) {
    int j = i + 1;
    if (t.isPunct(j, '.') || t.isPunct(j, '/')) {
      j++;
    }
    int names = 0;
    for (; j < t.size() && j <= i + 8; j++) {
      if (t.isWord(j)) {
        String w = t.low(j);
        if (STREET_CONNECTORS.contains(w)) {
          continue;
        }
        if (NOT_NAME.contains(w) || TYPES.contains(w) && !t.isCapitalized(j)) {
          break;
        }
        names++;
      } else if (t.isMixed(j) && isOrdinalStreet(t, j) && names == 0) {
        names++;
      } else if (t.isPunct(j, '.') && t.touchesPrevious(j)) {
        continue;
      } else {
        break;
      }
    }
    if (names == 0) {
      return null;
    }
    if (t.isPunct(j, ',')) {
      j++;
    }
    String w = t.low(j);
    if (w.equals("no") || w.equals("núm") || w.equals("num") || w.equals("número")
        || t.isPunct(j, '#')) {
      j++;
      if (t.isPunct(j, '.')) {
        j++;
      }
    }
    if (t.isNum(j) && t.length(j) <= 5 && !(t.isPunct(j + 1, ':') && t.touchesPrevious(j + 1))) {
      String type = t.low(i);
      boolean ambiguous = type.equals("via") || type.equals("plaza") || type.equals("av")
          || type.equals("boulevard") || type.equals("c");
      return new Match(i, j, 0.85, ambiguous && !t.isCapitalized(i));
    }
    return null;
  }

  /** Whether a home cue sits in the few tokens before token {@code i}. */
  private static boolean homeCueNear(DetailTokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - NEAR; k--) {
      if (BirthDateRecognizer.isBoundary(t, k)) {
        return false;
      }
      if (AddressContext.isHomeCue(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Built once: the same text for every address finding. */
  private static final String EXPLANATION = explanation();

  private static String explanation() {
    return "This looks like a street address. \"" + Rule.PERSONAL_INFO.principle()
        + "\": where someone lives is personal information and should not be shared in messages.";
  }
}
