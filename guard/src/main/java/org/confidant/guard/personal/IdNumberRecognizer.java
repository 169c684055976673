package org.confidant.guard.personal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags government, financial and case identifiers: payment card numbers that pass the Luhn
 * check, IBANs that pass mod-97, social security numbers (the ###-##-#### shape, or nine digits
 * after "SSN" / "social security" / "seguro social"), ABA routing numbers after "routing", and
 * numbers introduced by an identifier word: driver's licence, passport, bank account, court case
 * or docket ("CR-2024-001234", "expediente"), probation / inmate / booking, Medicaid / member ids.
 * Hyphenated case-number shapes with a letter code ("2024-CF-001234") count without a cue.
 *
 * <p>Deliberately passes phone-number shapes (another recognizer's), dates, prices, times,
 * online-meeting ids and passcodes, zip codes, sobriety counts and short numbers, and identifier
 * words with no number ("I got my license back").
 */
public final class IdNumberRecognizer implements Recognizer {
  static final String ID = "personal-info/id-number";

  /** Tokens looked back from a candidate for the word that introduces it. */
  private static final int BACK = 8;

  private enum Cue { SSN, LICENSE, PASSPORT, ACCOUNT, ROUTING, CARD, CASE, CUSTODY, MEMBER, ID,
    NOT_ID }

  private static final Map<String, Cue> CUES = Map.ofEntries(
      Map.entry("ssn", Cue.SSN), Map.entry("ss#", Cue.SSN), Map.entry("itin", Cue.SSN),
      Map.entry("nss", Cue.SSN), Map.entry("curp", Cue.ID), Map.entry("rfc", Cue.ID),
      Map.entry("dni", Cue.ID), Map.entry("nie", Cue.ID), Map.entry("nif", Cue.ID),
      Map.entry("ine", Cue.ID), Map.entry("cédula", Cue.ID), Map.entry("cedula", Cue.ID),
      Map.entry("identification", Cue.ID), Map.entry("identificación", Cue.ID),
      Map.entry("identificacion", Cue.ID), Map.entry("id", Cue.ID), Map.entry("ident", Cue.ID),
      Map.entry("license", Cue.LICENSE), Map.entry("licence", Cue.LICENSE),
      Map.entry("licencia", Cue.LICENSE), Map.entry("dl", Cue.LICENSE),
      Map.entry("permit", Cue.LICENSE), Map.entry("passport", Cue.PASSPORT),
      Map.entry("pasaporte", Cue.PASSPORT), Map.entry("visa", Cue.CARD),
      Map.entry("account", Cue.ACCOUNT), Map.entry("acct", Cue.ACCOUNT),
      Map.entry("acc", Cue.ACCOUNT), Map.entry("cuenta", Cue.ACCOUNT),
      Map.entry("iban", Cue.ACCOUNT), Map.entry("clabe", Cue.ACCOUNT),
      Map.entry("routing", Cue.ROUTING), Map.entry("aba", Cue.ROUTING),
      Map.entry("card", Cue.CARD), Map.entry("tarjeta", Cue.CARD), Map.entry("credit", Cue.CARD),
      Map.entry("debit", Cue.CARD), Map.entry("mastercard", Cue.CARD), Map.entry("amex", Cue.CARD),
      Map.entry("case", Cue.CASE), Map.entry("docket", Cue.CASE), Map.entry("expediente", Cue.CASE),
      Map.entry("causa", Cue.CASE), Map.entry("citation", Cue.CASE), Map.entry("caso", Cue.CASE),
      Map.entry("warrant", Cue.CASE), Map.entry("probation", Cue.CUSTODY),
      Map.entry("parole", Cue.CUSTODY), Map.entry("inmate", Cue.CUSTODY),
      Map.entry("booking", Cue.CUSTODY), Map.entry("offender", Cue.CUSTODY),
      Map.entry("prisoner", Cue.CUSTODY), Map.entry("recluso", Cue.CUSTODY),
      Map.entry("libertad", Cue.CUSTODY), Map.entry("medicaid", Cue.MEMBER),
      Map.entry("medicare", Cue.MEMBER), Map.entry("member", Cue.MEMBER),
      Map.entry("insurance", Cue.MEMBER), Map.entry("policy", Cue.MEMBER),
      Map.entry("póliza", Cue.MEMBER), Map.entry("poliza", Cue.MEMBER),
      Map.entry("afiliado", Cue.MEMBER), Map.entry("afiliación", Cue.MEMBER),
      Map.entry("medi-cal", Cue.MEMBER), Map.entry("subscriber", Cue.MEMBER),
      // Words that make what follows something else: online meetings, phones, pages, money, time.
      Map.entry("zoom", Cue.NOT_ID), Map.entry("meeting", Cue.NOT_ID),
      Map.entry("webinar", Cue.NOT_ID), Map.entry("passcode", Cue.NOT_ID),
      Map.entry("password", Cue.NOT_ID), Map.entry("pw", Cue.NOT_ID), Map.entry("pin", Cue.NOT_ID),
      Map.entry("phone", Cue.NOT_ID), Map.entry("cell", Cue.NOT_ID), Map.entry("call", Cue.NOT_ID),
      Map.entry("text", Cue.NOT_ID), Map.entry("tel", Cue.NOT_ID), Map.entry("fax", Cue.NOT_ID),
      Map.entry("teléfono", Cue.NOT_ID), Map.entry("telefono", Cue.NOT_ID),
      Map.entry("celular", Cue.NOT_ID), Map.entry("page", Cue.NOT_ID),
      Map.entry("página", Cue.NOT_ID), Map.entry("step", Cue.NOT_ID), Map.entry("room", Cue.NOT_ID),
      Map.entry("zip", Cue.NOT_ID), Map.entry("postal", Cue.NOT_ID),
      Map.entry("reunión", Cue.NOT_ID), Map.entry("helpline", Cue.NOT_ID),
      Map.entry("hotline", Cue.NOT_ID));

  /** Words after "social"/"seguro" that make it a social security cue. */
  private static final Set<String> SOCIAL_NEXT = org.confidant.guard.text.WordTable.of("security", "social", "sec", "#", "no",
      "number", "is", ":");

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
    String text = analysis.normalized().text();
    String lower = analysis.normalized().lower();
    DetailTokens t = DetailTokens.of(analysis);
    if (!t.anyDigits()) {
      return; // an identifier needs digits: an IBAN or candidate starts at or joins one
    }
    for (int i = 0; i < t.size(); i++) {
      int ibanEnd = IdCandidates.iban(t, i);
      if (ibanEnd >= 0) {
        add(analysis, t, i, ibanEnd, 0.95, "a bank account number (IBAN)", out);
        i = ibanEnd;
        continue;
      }
      IdCandidates.Candidate c = IdCandidates.at(t, i);
      if (c == null) {
        continue;
      }
      if (t.isNum(i) && DateReader.at(t, i) != null && c.letters() == 0 && c.groupCount() <= 3) {
        i = c.last();
        continue;
      }
      double score = judge(t, c);
      if (score > 0) {
        add(analysis, t, c.first(), c.last(), score, what(t, c), out);
      }
      i = c.last();
    }
  }

  /** The score of a candidate, or 0 when it is not an identifier. */
  private static double judge(DetailTokens t, IdCandidates.Candidate c) {
    if (isMoneyOrCount(t, c.first()) || c.extension() || isYearRange(c)) {
      return 0;
    }
    boolean digitsOnly = c.letters() == 0;
    Cue cue = cueBefore(t, c.first());
    if (cue == Cue.NOT_ID) {
      return 0;
    }
    if (digitsOnly && c.digits() >= 13 && c.digits() <= 19 && Checksums.luhn(c.chars())) {
      return 0.95;
    }
    if (digitsOnly && c.digits() == 9 && cue == Cue.ROUTING && Checksums.abaRouting(c.chars())) {
      return 0.95;
    }
    boolean ssnShape = digitsOnly && c.shape(3, 2, 4);
    if (ssnShape) {
      return cue == Cue.SSN ? 0.95 : 0.75;
    }
    if (cue == null) {
      return caseShape(c) ? 0.7 : 0;
    }
    if (digitsOnly && isPhoneShape(c) && !(isCaseCue(cue) && cueRightBefore(t, c.first()))) {
      // "my probation officer's number is 555-0143" is a phone; "expediente 345/2023" is not.
      return 0;
    }
    if (c.digits() < 4 || c.digits() + c.letters() < 5) {
      return 0;
    }
    if (cue == Cue.SSN) {
      return c.digits() == 9 ? 0.9 : 0.6;
    }
    if (cue == Cue.CARD && digitsOnly && c.digits() < 12) {
      // "card ending 1234" or a short number after "card": too little to identify.
      return 0;
    }
    if (cue == Cue.ID && digitsOnly && c.digits() < 6) {
      return 0;
    }
    return caseShape(c) ? 0.85 : 0.7;
  }

  /**
   * A docket-style shape: a short upper-case letter code and digit groups joined by dashes
   * ("24-CR-01187", "2024-CF-001234", "CR-22-55190"), with at least five digits.
   */
  private static boolean caseShape(IdCandidates.Candidate c) {
    if (c.letterGroups() == 0 || c.letters() > 6 || c.digits() < 5) {
      return false;
    }
    int digitGroups = 0;
    for (int g = 0; g < c.groupCount(); g++) {
      if (c.groups()[g] > 0) {
        digitGroups++;
      }
    }
    return digitGroups >= 1 && c.groupCount() >= 2;
  }

  /** "2024-25", "2023-2024": a span of years. */
  private static boolean isYearRange(IdCandidates.Candidate c) {
    if (c.letters() > 0 || !(c.shape(4, 2) || c.shape(4, 4))) {
      return false;
    }
    String s = c.chars();
    return s.startsWith("19") || s.startsWith("20");
  }

  /** A phone number's grouping: "555-0134", "312 555 0199", "1-312-555-0199". */
  private static boolean isPhoneShape(IdCandidates.Candidate c) {
    return c.shape(3, 4) || c.shape(3, 3, 4) || c.shape(1, 3, 3, 4) || c.shape(2, 2, 2, 2)
        || c.shape(3, 2, 2);
  }

  /** Whether the candidate is a price, a percentage, a time or a count ("$212", "7:30", "90 days"). */
  private static boolean isMoneyOrCount(DetailTokens t, int first) {
    int p = first - 1;
    return t.isPunct(p, '$') || t.isPunct(p, '€') || t.isPunct(p, '£') || t.isPunct(p, '+')
        || t.isPunct(p, ':') && t.touchesPrevious(first);
  }

  private static boolean isCaseCue(Cue cue) {
    return cue == Cue.CASE || cue == Cue.CUSTODY || cue == Cue.LICENSE || cue == Cue.PASSPORT;
  }

  /** Whether a cue word sits within two tokens before {@code first} ("case #", "expediente"). */
  private static boolean cueRightBefore(DetailTokens t, int first) {
    for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
      Cue cue = CUES.get(t.low(k));
      if (cue != null && cue != Cue.NOT_ID) {
        return true;
      }
    }
    return false;
  }

  /** The nearest cue word in the few tokens before {@code first}, within the sentence. */
  private static Cue cueBefore(DetailTokens t, int first) {
    for (int k = first - 1, seen = 0; k >= 0 && seen < BACK; k--, seen++) {
      if (BirthDateRecognizer.isBoundary(t, k)) {
        return null;
      }
      String w = t.low(k);
      Cue cue = CUES.get(w);
      if (w.equals("social") || w.equals("seguro")) {
        String next = t.low(k + 1);
        if (k + 1 == first || SOCIAL_NEXT.contains(next)) {
          return w.equals("seguro") && !next.equals("social") && k + 1 != first
              ? Cue.MEMBER : Cue.SSN;
        }
        cue = w.equals("seguro") ? Cue.MEMBER : null;
      }
      if (cue == Cue.ID || cue == Cue.CARD || cue == Cue.ACCOUNT) {
        // "meeting id", "zoom account", "court card": the word before decides.
        Cue before = CUES.get(t.low(k - 1));
        if (before == Cue.NOT_ID || t.low(k - 1).equals("court") || t.low(k - 1).equals("gift")) {
          return Cue.NOT_ID;
        }
      }
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  private static String what(DetailTokens t, IdCandidates.Candidate c) {
    if (c.letters() == 0 && c.digits() >= 13 && c.digits() <= 19 && Checksums.luhn(c.chars())) {
      return "a payment card number";
    }
    Cue cue = cueBefore(t, c.first());
    if (cue == null) {
      return c.shape(3, 2, 4) ? "a social security number" : "a court case number";
    }
    return switch (cue) {
      case SSN -> "a social security number";
      case LICENSE -> "a driver's licence number";
      case PASSPORT -> "a passport number";
      case ACCOUNT, ROUTING -> "a bank account number";
      case CARD -> "a payment card number";
      case CASE -> "a court case number";
      case CUSTODY -> "a probation, booking or case number";
      case MEMBER -> "an insurance or member id";
      default -> "an identification number";
    };
  }

  private static void add(Analysis analysis, DetailTokens t, int first, int last, double score,
      String what, List<Finding> out) {
    int start = t.start(first);
    String explanation = "This looks like " + what + ". \"" + Rule.PERSONAL_INFO.principle()
        + "\": identification, financial and case numbers can identify a person and should not be"
        + " shared in messages.";
    out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.ID_NUMBER, start, t.end(last), score,
        Ownership.of(analysis.normalized().lower(), start), explanation, ID));
  }
}
