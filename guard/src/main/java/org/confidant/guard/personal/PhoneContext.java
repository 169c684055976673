package org.confidant.guard.personal;

import java.util.Set;

/**
 * Reads the words around a digit run to tell a phone number from an identifier or a count, and
 * a person's number from a public one (a helpline, the central office). English and Spanish.
 * Each question reads a bounded window inside the run's sentence.
 */
final class PhoneContext {
  private static final int BACK = 64;
  private static final int AHEAD = 48;
  /** An identifier cue must be this close before the run to claim it. */
  private static final int ID_REACH = 32;

  /** Words that say a number is for calling or texting. */
  static final Set<String> PHONE = Cues.words(
      "call", "calls", "calling", "text", "texts", "texting", "phone", "phones", "cell",
      "cellphone", "mobile", "tel", "telephone", "fax", "whatsapp", "signal", "ring", "reach",
      "contact", "my number", "new number", "his number", "her number", "their number",
      "your number", "phone number", "cell number", "desk", "in case",
      "llama", "llámame", "llamame", "llamen",
      "llamar", "llámenme", "márcame", "marcame", "teléfono", "telefono", "tlf", "tfno", "cel",
      "celular", "móvil", "movil", "mi número", "mi numero", "su número", "su numero",
      "nuevo número", "nuevo numero", "wasap", "wsp", "whats", "escríbeme",
      "escribeme", "contacto", "mensaje");

  /** Words that say a run of digits identifies something else, or counts things. */
  static final Set<String> NOT_PHONE = Cues.words(
      "ssn", "social security", "seguro social", "license", "licence", "licencia", "passport",
      "pasaporte", "card", "tarjeta", "account", "acct", "cuenta", "routing", "iban", "swift",
      "case", "docket", "caso", "expediente", "policy", "póliza", "poliza", "member id", "id",
      "meeting id", "meeting number", "meeting code", "conference id", "webinar",
      "dni", "nie", "curp", "rfc", "nss", "nif", "ein", "itin", "vin", "invoice", "order",
      "tracking", "confirmation", "ticket", "receipt", "serial", "zoom", "webex",
      "teams", "passcode", "password", "pw", "pin", "code", "código", "codigo", "reunión",
      "reunion", "sala", "clave", "contraseña", "claim", "reference", "ref", "booking",
      "reservation", "folio", "matrícula", "matricula", "cédula", "cedula", "rut", "badge",
      "inmate", "permit", "medicare", "medicaid", "insurance", "step", "steps", "paso", "pasos",
      "page", "pages", "página", "páginas", "chapter", "capítulo", "tradition", "traditions",
      "verse", "room", "rooms", "isbn", "version", "versión", "build", "lot", "model", "part",
      "sku", "upc", "patient", "mrn", "record", "registro", "file", "amount", "total", "usd");

  /** Units and counted things that, right after a run, make it a quantity. */
  static final Set<String> UNITS = Cues.words(
      "dollars", "dólares", "dolares", "pesos", "euros", "usd", "days", "días", "dias", "hours",
      "horas", "years", "años", "miles", "km", "population", "people", "personas", "views",
      "followers", "likes", "members", "miembros", "times", "veces", "words", "palabras",
      "pages", "páginas", "steps", "pasos", "calories", "lbs", "pounds", "kg", "votes");

  /** Places that publish their number for anyone: helplines, offices, hospitals. */
  static final Set<String> PUBLIC = Cues.words(
      "central office", "intergroup", "intergrupo", "oficina central", "helpline", "help line",
      "hotline", "crisis line", "lifeline", "samhsa", "hospital", "church office",
      "parish office", "answering service", "dial-in", "dial in", "conference line",
      "poison control", "crisis text", "emergency", "emergencia", "emergencias", "info line",
      "information line", "service office", "gso", "general service", "world services",
      "línea de ayuda", "linea de ayuda", "línea nacional", "linea nacional", "la línea",
      "la linea", "oficina de servicios", "servicios generales", "hospital's", "clinic",
      "clínica", "clinica", "police", "policía", "policia", "non-emergency", "warmline",
      "warm line", "phone meeting", "conference number", "meeting list", "join by phone",
      "by phone", "dial by", "one tap", "meeting id");

  /** Extra words that make a toll-free number public: a fellowship or a service line. */
  static final Set<String> TOLL_FREE_PUBLIC = Cues.words(
      "line", "office", "aa", "na", "al-anon", "alanon", "oa", "ca", "free", "toll-free",
      "gratis", "gratuita", "gratuito", "ayuda", "national", "nacional", "24/7", "support",
      "help", "línea", "linea", "oficina", "hotline", "helpline", "intergroup", "service",
      "services", "información", "informacion", "info", "center", "centro");

  /** Words that tie a number to a person, overriding a public cue further away. */
  static final Set<String> PERSONAL = Cues.words(
      "call me", "text me", "reach me", "ring me", "me at", "me on", "my cell", "my number",
      "my phone", "my mobile", "my new", "his", "her", "their", "him", "them", "cell",
      "mobile", "personal", "home", "mine", "llámame", "llamame", "márcame", "marcame",
      "escríbeme", "escribeme", "mi número", "mi numero", "mi cel", "mi celular", "su número",
      "su numero", "su celular", "celular", "móvil", "movil");

  static final Set<String> IN_CASE = Cues.words("in case", "just in case", "por si");

  /** Words that start another item: "555-0112 or the hotline" is not the hotline's number. */
  static final Set<String> CONJUNCTIONS = Cues.words(
      "or", "and", "but", "o", "y", "pero", "else", "otherwise", "also", "then");

  private final String lower;
  private final Cues cues;

  /** The context reader over a cue index of one message that indexes this class's sets. */
  PhoneContext(Cues cues) {
    this.lower = cues.lower();
    this.cues = cues;
  }

  /** Whether an identifier or count cue, nearer than any phone cue, claims the run. */
  boolean claimedByIdentifier(int start) {
    int from = Cues.sentenceStart(lower, start, BACK);
    int id = cues.last(Math.max(from, start - ID_REACH), start, NOT_PHONE);
    if (id < 0) {
      return false;
    }
    if (lower.startsWith("case", id) && cues.any(Math.max(0, id - 12), id + 4, IN_CASE)) {
      return false;
    }
    int phone = cues.last(from, start, PHONE);
    return id > phone;
  }

  /** Whether a count or unit word follows the run at once ("1 234 567 people"). */
  boolean countFollows(int end) {
    int to = Math.min(lower.length(), end + 12);
    int first = cues.first(end, to, UNITS);
    return first >= 0 && first - end <= 2;
  }

  /** Whether a phone cue lies in the run's sentence, before it or just after it. */
  boolean phoneCue(int start, int end) {
    int from = Cues.sentenceStart(lower, start, BACK);
    int to = Cues.sentenceEnd(lower, end, 16);
    return cues.any(from, start, PHONE) || cues.any(end, to, PHONE)
        || cues.any(end, to, PERSONAL);
  }

  /**
   * Whether the run's sentence presents the number as a public one (a helpline, the central
   * office, a hospital), with no personal cue nearer the number than the public cue.
   *
   * @param tollFree whether the number is toll-free, which widens the public cues
   */
  boolean isPublic(int start, int end, boolean tollFree) {
    int from = Cues.sentenceStart(lower, start, BACK);
    int to = Cues.sentenceEnd(lower, end, AHEAD);
    int personalBefore = cues.last(from, start, PERSONAL);
    int publicBefore = lastPublic(from, start, tollFree);
    if (publicBefore >= 0 && publicBefore > personalBefore) {
      return true;
    }
    if (personalBefore >= 0) {
      return false;
    }
    int publicAfter = firstPublic(end, to, tollFree);
    if (publicAfter < 0 || cues.any(end, publicAfter, CONJUNCTIONS)) {
      return false;
    }
    int personalAfter = cues.first(end, to, PERSONAL);
    return personalAfter < 0 || personalAfter > publicAfter;
  }

  private int lastPublic(int from, int to, boolean tollFree) {
    int p = cues.last(from, to, PUBLIC);
    return tollFree ? Math.max(p, cues.last(from, to, TOLL_FREE_PUBLIC)) : p;
  }

  private int firstPublic(int from, int to, boolean tollFree) {
    int p = cues.first(from, to, PUBLIC);
    if (!tollFree) {
      return p;
    }
    int q = cues.first(from, to, TOLL_FREE_PUBLIC);
    return p < 0 ? q : q < 0 ? p : Math.min(p, q);
  }
}
