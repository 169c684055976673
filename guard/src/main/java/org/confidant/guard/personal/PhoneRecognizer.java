package org.confidant.guard.personal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags phone numbers, a person's own or someone else's, however they are written: "555-0134",
 * "555.0162", "555 01 92", "(312) 555-0199", "+1 555 555 0134", "5 5 5, 0 1 3 4" (digits read
 * out, which the normalizer turns into digit characters), with an extension or not.
 *
 * <p>Deliberately passes: helplines and emergency numbers (988, 911, 1-800-662-HELP), toll-free
 * numbers presented as a service line, numbers whose sentence presents them as public (central
 * office, intergroup, hotline, hospital, a conference dial-in), and digits that are something
 * else by shape or by the words before them: dates, years and ranges, times, prices, social
 * security, card and case numbers, meeting IDs and passcodes, page and step numbers, counts.
 *
 * <p>How: a linear scanner ({@link DigitRuns}) finds bounded candidate runs; shape and context
 * checks drop the rest; libphonenumber validates the remaining candidates one by one (at most
 * {@link #MAX_VALIDATIONS} per message, so its internal regular expressions only ever see short
 * strings and the total work stays linear). libphonenumber's own {@code findNumbers} is not used
 * on the message: it runs java.util.regex over the whole text and, measured on 1 MB of "5 " or
 * "555-0134 " repeated, took 9 and 27 seconds of CPU (this scanner: well under half a second).
 */
public final class PhoneRecognizer implements Recognizer {
  /** Fewest digits in a phone number: a local number such as 555-0134. */
  static final int MIN_DIGITS = 7;
  /** Bound on libphonenumber calls per message; later candidates are judged by shape alone. */
  static final int MAX_VALIDATIONS = 64;

  /** Regions tried for numbers written without a country code, most likely first. */
  private static final String[] REGIONS = {
      "US", "MX", "GB", "ES", "CA", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "DO", "PR", "IE",
      "AU", "NZ", "DE", "FR", "IT", "PT", "NL", "BR", "IN", "PH", "ZA"};

  private static final String EXPLAIN_AUTHOR =
      ContactExplanation.of("phone number", Subject.AUTHOR);
  private static final String EXPLAIN_OTHER =
      ContactExplanation.of("phone number", Subject.OTHER);

  @Override
  public String id() {
    return "personal-info/phone";
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String text = analysis.normalized().text();
    String lower = analysis.normalized().lower();
    PhoneContext context = new PhoneContext(ContactCues.of(analysis));
    int validations = 0;
    // Per digit string of this message: its judgement, or PENDING while nobody needed it yet.
    java.util.Map<String, Integer> judged = new java.util.HashMap<>();
    for (DigitRuns.Run run : DigitRuns.find(text, MIN_DIGITS)) {
      if (run.glued() || PhoneShapes.notAPhone(run) || PhoneShapes.isPublicNumber(run.digits())
          || context.claimedByIdentifier(run.start()) || context.countFollows(run.end())) {
        continue;
      }
      boolean tollFree = PhoneShapes.isTollFree(run.digits());
      if (context.isPublic(run.start(), run.end(), tollFree)) {
        continue;
      }
      boolean cue = context.phoneCue(run.start(), run.end());
      String key = run.plus() ? "+" + run.digits() : run.digits();
      Integer known = judged.get(key);
      if (known == null && validations < MAX_VALIDATIONS) {
        validations++; // the slot is taken now; the parse itself waits until the score needs it
        known = PENDING;
        judged.put(key, PENDING);
      }
      Validity valid = new Validity(run, known, judged, key);
      double score = score(run, valid, cue);
      if (score <= 0) {
        continue;
      }
      if (tollFree && !cue) {
        score = Math.min(score, 0.5); // business lines, rarely a person's
      }
      Subject subject = Ownership.of(lower, run.start(), run.end());
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.PHONE, run.start(), run.end(), score,
          subject, subject == Subject.AUTHOR ? EXPLAIN_AUTHOR : EXPLAIN_OTHER, id()));
    }
  }

  /** Marks a digit string given a validation slot whose parse has not run yet. */
  private static final Integer PENDING = -1;

  /**
   * The libphonenumber judgement of one candidate, computed on first use only: the same value
   * {@link #validity} gives, or {@link #NOT_VALID} when the message ran out of validation slots.
   * Shares results through the message's {@code judged} map, so each digit string is parsed at
   * most once per message.
   */
  private static final class Validity {
    private final DigitRuns.Run run;
    private final java.util.Map<String, Integer> judged;
    private final String key;
    private Integer known;

    Validity(DigitRuns.Run run, Integer known, java.util.Map<String, Integer> judged,
        String key) {
      this.run = run;
      this.known = known;
      this.judged = judged;
      this.key = key;
    }

    /** Whether libphonenumber finds the digits valid in some region: {@code get() != NOT_VALID}. */
    boolean anyValid() {
      if (known == null) {
        return false; // no slot left for this message
      }
      if (known.equals(PENDING)) {
        known = validAnywhere(run.digits(), run.plus());
        judged.put(key, known);
      }
      return known != NOT_VALID;
    }

    /** The judgement itself, as {@link #validity} gives it. */
    int get() {
      if (known == null) {
        return NOT_VALID; // no slot left for this message
      }
      if (known.equals(PENDING) || known.equals(VALID_SOMEWHERE)) {
        known = validity(run.digits(), run.plus());
        judged.put(key, known);
      }
      return known;
    }
  }

  /** Confidence for a candidate that passed the shape and context checks; 0 to drop it. */
  static double score(DigitRuns.Run run, int valid, boolean cue) {
    return score(run, new Validity(run, valid, new java.util.HashMap<>(), ""), cue);
  }

  /** As {@link #score(DigitRuns.Run, int, boolean)}, asking for the validity only if it matters. */
  private static double score(DigitRuns.Run run, Validity valid, boolean cue) {
    boolean separated = run.groupCount() > 1;
    int singles = 0;
    for (int g : run.groups()) {
      singles += g == 1 ? 1 : 0;
    }
    boolean oddGrouping = singles > 1 && !run.allSingleDigitGroups();
    if (oddGrouping && !cue) {
      return 0; // "4-5-6-7-8-9-10": a list, not a number
    }
    if (run.allSingleDigitGroups() && separated) {
      return cue ? 0.85 : 0.7; // read out digit by digit
    }
    if ((separated || run.plus() || cue) && valid.anyValid()) {
      return 0.95;
    }
    if (!(separated || run.plus() || cue) && valid.get() == VALID_NORTH_AMERICA_OR_INTERNATIONAL) {
      return 0.7; // "3125550199" alone: valid as written, but could be any identifier
    }
    if (PhoneShapes.isFiction555(run.digits())) {
      return 0.9;
    }
    if (separated) {
      return cue ? 0.8 : 0.6;
    }
    return cue ? 0.6 : 0;
  }

  /**
   * Per region, the fewest national digits a valid number can have, probed once from
   * libphonenumber's own length rules ({@code isPossibleNumberWithReason}). Parsing only ever
   * strips digits, so a candidate shorter than this cannot be valid in that region and its
   * (comparatively costly) parse is skipped; results are the same as parsing it.
   */
  private static final int[] MIN_NATIONAL_LENGTH = minimumLengths();

  private static int[] minimumLengths() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    int[] min = new int[REGIONS.length];
    for (int r = 0; r < REGIONS.length; r++) {
      int cc = util.getCountryCodeForRegion(REGIONS[r]);
      min[r] = 0;
      for (int n = 1; n <= 17; n++) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber probe =
            new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                .setCountryCode(cc).setNationalNumber((long) Math.pow(10, n - 1));
        if (util.isPossibleNumberWithReason(probe) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
          min[r] = n;
          break;
        }
      }
    }
    return min;
  }

  /** Valid in some region, which one not yet known (only inside one message's judgements). */
  private static final int VALID_SOMEWHERE = 3;

  /** Regions in ascending order of their shortest valid number, for {@link #validAnywhere}. */
  private static final int[] ANY_ORDER = java.util.stream.IntStream.range(0, REGIONS.length)
      .boxed().sorted(java.util.Comparator.comparingInt(r -> MIN_NATIONAL_LENGTH[r]))
      .mapToInt(Integer::intValue).toArray();

  /**
   * {@link #NOT_VALID} exactly when {@link #validity} gives it, else {@link #VALID_SOMEWHERE} or
   * the judgement itself. Digits with a '+' or a leading 0 or 1 (where a region's international
   * prefix, all of which start with 0 or 1 (Chile's), can make a parse fail, which ends
   * {@link #validity} early) are judged by {@link #validity}; for the others no parse fails, so
   * the regions may be tried in any order:
   * those accepting the shortest numbers first, stopping at the first that finds them valid.
   */
  static int validAnywhere(String digits, boolean plus) {
    if (plus || digits.isEmpty() || digits.charAt(0) == '0' || digits.charAt(0) == '1') {
      return validity(digits, plus);
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      for (int r : ANY_ORDER) {
        String region = REGIONS[r];
        if (digits.length() < MIN_NATIONAL_LENGTH[r]) {
          continue;
        }
        if (util.isValidNumberForRegion(util.parse(digits, region), region)) {
          return VALID_SOMEWHERE;
        }
      }
    } catch (NumberParseException | RuntimeException e) {
      return validity(digits, plus); // not expected: let the ordered judgement decide
    }
    return NOT_VALID;
  }

  static final int NOT_VALID = 0;
  static final int VALID_IN_SOME_REGION = 1;
  static final int VALID_NORTH_AMERICA_OR_INTERNATIONAL = 2;

  /**
   * How libphonenumber judges the digits: valid with their country code or as a North American
   * number, valid only in one of the other likely regions, or not valid at all. Never throws.
   */
  static int validity(String digits, boolean plus) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      if (plus) {
        return util.isValidNumber(util.parse("+" + digits, "ZZ"))
            ? VALID_NORTH_AMERICA_OR_INTERNATIONAL : NOT_VALID;
      }
      if (digits.startsWith("00") || digits.startsWith("011")) {
        String rest = digits.substring(digits.startsWith("00") ? 2 : 3);
        if (rest.length() >= MIN_DIGITS && util.isValidNumber(util.parse("+" + rest, "ZZ"))) {
          return VALID_NORTH_AMERICA_OR_INTERNATIONAL;
        }
      }
      for (int r = 0; r < REGIONS.length; r++) {
        String region = REGIONS[r];
        if (digits.length() < MIN_NATIONAL_LENGTH[r]) {
          continue; // parsing only strips digits: too short to be valid there, skip the parse
        }
        if (util.isValidNumberForRegion(util.parse(digits, region), region)) {
          return region.equals("US") || region.equals("CA")
              ? VALID_NORTH_AMERICA_OR_INTERNATIONAL : VALID_IN_SOME_REGION;
        }
      }
    } catch (NumberParseException | RuntimeException e) {
      return NOT_VALID;
    }
    return NOT_VALID;
  }
}
