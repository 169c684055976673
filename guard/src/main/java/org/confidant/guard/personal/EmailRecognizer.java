package org.confidant.guard.personal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags email addresses, the writer's own ({@link Subject#AUTHOR}) or someone else's. Spelled-out
 * forms ("jake at example dot com") reach it already joined by the normalizer; the Spanish form
 * with "en" for the at sign, which the normalizer leaves, is found by {@link SpokenSpanishEmails}.
 *
 * <p>Deliberately passes: an organisation's public address (a role mailbox such as info@ or
 * office@, an address of the fellowship's or a government's own domain, or an intergroup or
 * central-office address its sentence presents as such), unless the writer presents it as their
 * own; and obvious placeholders in instructions ("type your email like name@example.com").
 *
 * <p>How: a scanner expands left and right from each '@' over the characters an address may hold
 * (at most 64 before, 253 after). Expansions stop at the next '@', so every character is read a
 * bounded number of times: linear on any input, no regular expressions.
 */
public final class EmailRecognizer implements Recognizer {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  private static final String EXPLAIN_AUTHOR =
      ContactExplanation.of("email address", Subject.AUTHOR);
  private static final String EXPLAIN_OTHER =
      ContactExplanation.of("email address", Subject.OTHER);

  /** Mailboxes of roles rather than people. */
  private static final Set<String> ROLE_MAILBOXES = Cues.words(
      "info", "office", "intergroup", "centraloffice", "central.office", "contact", "hello",
      "help", "helpline", "hotline", "admin", "webmaster", "secretary", "support", "noreply",
      "no-reply", "newsletter", "meetings", "meetinglist", "gso", "registrar", "events",
      "literature", "treasurer", "chair", "service", "services", "contacto", "informes",
      "informacion", "información", "ayuda", "oficina", "web", "editor", "grapevine",
      "publicinfo", "pi", "cpc", "team", "staff", "inquiries", "enquiries", "general",
      "hospitality", "volunteer", "volunteers", "outreach", "intergrupo", "correo");

  /** Domains of the fellowships and public services themselves. */
  private static final Set<String> PUBLIC_DOMAINS = Cues.words(
      "aa.org", "na.org", "al-anon.org", "alanon.org", "samhsa.gov", "hhs.gov",
      "988lifeline.org", "alcoholics-anonymous.org.uk", "aa-intergroup.org");

  /** Local parts that stand for "your address here". */
  private static final Set<String> PLACEHOLDER_MAILBOXES = Cues.words(
      "name", "yourname", "your.name", "your_name", "you", "user", "username", "email",
      "youremail", "your.email", "someone", "somebody", "firstname.lastname", "first.last",
      "firstname", "lastname", "nombre", "tunombre", "tu.nombre", "tu_nombre", "usuario",
      "tucorreo", "tu", "ejemplo", "example", "xxx", "xxxx", "abc", "test", "john.doe",
      "jane.doe", "johndoe", "janedoe", "nombre.apellido", "name.surname");

  /** Domains that only ever stand in for a real one. */
  private static final Set<String> PLACEHOLDER_DOMAINS = Cues.words(
      "example.com", "example.org", "example.net", "domain.com", "email.com", "ejemplo.com",
      "correo.com", "mail.com", "xxx.com");

  /** Words that introduce an example in instructions. */
  static final Set<String> INSTRUCTIONS = Cues.words(
      "like", "e.g", "eg", "example", "for example", "such as", "format", "type", "enter",
      "ejemplo", "por ejemplo", "como", "formato", "escribe", "escriba", "ingresa", "ingrese");

  /** Words of an organisation's mailbox, public when its sentence names intergroup or office. */
  private static final String[] ORG_WORDS = {
      "intergroup", "office", "district", "area", "group", "service", "meeting", "gso",
      "oficina", "grupo", "distrito", "servicio", "aa", "na"};

  @Override
  public String id() {
    return "personal-info/email";
  }

  @Override
  public Rule rule() {
    return Rule.PERSONAL_INFO;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    String lower = analysis.normalized().lower();
    int n = lower.length();
    Cues cues = null;
    for (int at = lower.indexOf('@'); at >= 0 && at < n; at = lower.indexOf('@', at + 1)) {
      int start = localStart(lower, at);
      int end = domainEnd(lower, at);
      if (start < 0 || end < 0 || (end < n && lower.charAt(end) == '/')) {
        continue; // no address, or a link with a path ("me@instagram.com/jake")
      }
      String local = lower.substring(start, at);
      String domain = lower.substring(at + 1, end);
      Subject subject = Ownership.of(lower, start, end);
      if (isPlaceholder(local, domain)) {
        continue;
      }
      if (PLACEHOLDER_MAILBOXES.contains(local)) {
        cues = cues == null ? ContactCues.of(analysis) : cues;
        if (cues.any(Cues.sentenceStart(lower, start, 64), start, INSTRUCTIONS)) {
          continue; // "enter it like name@gmail.com"
        }
      }
      if (subject == Subject.OTHER) {
        cues = cues == null ? ContactCues.of(analysis) : cues;
        if (isPublic(cues, start, end, local, domain)) {
          continue;
        }
      }
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.EMAIL, start, end, 0.95, subject,
          subject == Subject.AUTHOR ? EXPLAIN_AUTHOR : EXPLAIN_OTHER, id()));
    }
    for (int[] span : SpokenSpanishEmails.find(lower)) {
      Subject subject = Ownership.of(lower, span[0], span[1]);
      out.add(analysis.finding(Rule.PERSONAL_INFO, Kind.EMAIL, span[0], span[1], 0.8, subject,
          subject == Subject.AUTHOR ? EXPLAIN_AUTHOR : EXPLAIN_OTHER, id()));
    }
  }

  /** Start of the local part before the '@' at {@code at}, or -1 when there is none. */
  static int localStart(String s, int at) {
    int i = at;
    while (i > 0 && at - i < MAX_LOCAL && isLocalChar(s.charAt(i - 1))) {
      i--;
    }
    while (i < at && ".-+'_".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i == at || s.charAt(at - 1) == '.') {
      return -1;
    }
    return i;
  }

  /** End of a well-formed domain after the '@' at {@code at}, or -1 when there is none. */
  static int domainEnd(String s, int at) {
    int n = s.length();
    int i = at + 1;
    int lastDot = -1;
    int labelStart = i;
    while (i < n && i - at <= MAX_DOMAIN) {
      char c = s.charAt(i);
      if (c == '.') {
        if (i == labelStart || i + 1 >= n || !isDomainChar(s.charAt(i + 1))) {
          break; // "..", or a full stop ending the sentence
        }
        lastDot = i;
        labelStart = i + 1;
      } else if (!isDomainChar(c)) {
        break;
      }
      i++;
    }
    int end = i;
    while (end > at + 1 && s.charAt(end - 1) == '-') {
      end--;
    }
    if (lastDot < 0 || lastDot <= at + 1 || end - lastDot - 1 < 2) {
      return -1;
    }
    for (int k = lastDot + 1; k < end; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return -1;
      }
    }
    return end;
  }

  private static boolean isPlaceholder(String local, String domain) {
    return PLACEHOLDER_MAILBOXES.contains(local)
        && (PLACEHOLDER_DOMAINS.contains(domain) || domain.startsWith("example."));
  }

  private static boolean isPublic(Cues cues, int start, int end, String local,
      String domain) {
    String lower = cues.lower();
    if (ROLE_MAILBOXES.contains(local) || domain.endsWith(".gov")) {
      return true;
    }
    for (String d : PUBLIC_DOMAINS) {
      if (domain.equals(d) || domain.endsWith("." + d)) {
        return true;
      }
    }
    int from = Cues.sentenceStart(lower, start, 80);
    int to = Cues.sentenceEnd(lower, end, 48);
    if (!cues.any(from, to, PhoneContext.PUBLIC)) {
      return false;
    }
    String flat = local.toLowerCase(Locale.ROOT);
    for (String w : ORG_WORDS) {
      if (flat.contains(w) && (w.length() > 2 || flat.equals(w) || flat.startsWith(w + "."))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocalChar(char c) {
    return (c < 128 && (Character.isLetterOrDigit(c) || "._%+-'".indexOf(c) >= 0))
        || (c >= 128 && Character.isLetterOrDigit(c));
  }

  private static boolean isDomainChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
