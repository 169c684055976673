package org.confidant.guard.coercion;

import java.util.Set;
import org.confidant.guard.safety.PhraseTable;

/** English and Spanish word lists for {@link CoercionRecognizer}. */
final class CoercionCues {
  private CoercionCues() {}

  /** How identifying a requested detail is. */
  enum Detail {
    /** A bare name: only a third person's, or the listener's under pressure. */
    NAME,
    /** A surname, full name, address, account, identifier: identifying on its own. */
    STRONG,
    /** "number", "phone", "contact": identifying when someone's. */
    CONTACT
  }

  static final PhraseTable<Detail> DETAILS = new PhraseTable<>();

  static {
    DETAILS.addAll(Detail.STRONG,
        "last|full|real|legal|maiden name|names", "surname|surnames", "apellido|apellidos",
        "nombre|nombres completo|completos|real|verdadero", "address|addresses|addy",
        "email|emails|correo|direccion|domicilio", "e mail", "home address",
        "password|passwords|login|pin|contrasena|clave",
        "bank statement|statements|account|info|details",
        "credit card", "account number", "routing number", "ssn", "social security number?",
        "dob", "date of birth", "birthdate", "birth date", "fecha de nacimiento",
        "id|ids|license|licence|passport|pasaporte|cedula|dni|licencia|identificacion",
        "case|docket number", "numero de caso", "employer|workplace",
        "facebook|fb|instagram|insta|ig",
        "snap|snapchat|tiktok|twitter|linkedin|socials|handle|username|whatsapp",
        "phone number", "cell number", "numero de telefono|celular", "telefono|celular|cel",
        "contact info|information|details", "datos personales", "datos de contacto");
    DETAILS.addAll(Detail.CONTACT, "number|numbers|numero|numeros|digits|phone|cell|contact",
        "texts|messages|dms|chats|location|records|mensajes|ubicacion", "call log",
        "browser|search history", "pic|pics|picture|pictures|photo|photos|selfie",
        "datos");
    DETAILS.addAll(Detail.NAME, "name|names|nombre|nombres");
  }

  /** Words between a possessor and the detail ("your real last name"). */
  static final Set<String> MODIFIERS = org.confidant.guard.text.WordTable.of("real", "full", "actual", "legal", "whole", "home",
      "cell", "mobile", "personal", "private", "work", "new", "current", "exact", "complete",
      "facebook", "fb", "ig", "insta", "instagram", "phone", "email", "bank", "drivers",
      "apartment", "street", "contact", "social", "cellphone", "de");
  static final Set<String> OTHER_OWNER = org.confidant.guard.text.WordTable.of("your", "ur", "yours", "his", "her", "their",
      "everyones", "everybodys", "tu", "tus", "su", "sus", "yall", "theirs");
  static final Set<String> OWN = org.confidant.guard.text.WordTable.of("my", "mi", "mis", "our", "nuestro", "nuestra", "mine",
      "first", "nick", "user", "group", "meeting", "book", "sponsorship", "page", "room", "zoom",
      "hotline", "helpline", "office");
  static final Set<String> ARTICLE = org.confidant.guard.text.WordTable.of("the", "a", "an", "el", "la", "los", "las", "un",
      "una", "this", "that", "those", "these");
  /** Possessive words that are not someone's ("what's", "it's"). */
  static final Set<String> NOT_POSSESSOR = org.confidant.guard.text.WordTable.of("whats", "thats", "its", "hes", "shes", "lets",
      "heres", "theres", "wheres", "whos", "hows", "everyones", "somebodys", "someones", "one");

  /** Question words that ask for a detail: "what's your…", "¿cuál es tu…?". */
  static final Set<String> QUESTION = org.confidant.guard.text.WordTable.of("whats", "what", "cual", "cuales", "whatre",
      "hows");
  /** Verbs that ask someone to hand a detail over. */
  static final Set<String> GIVE = org.confidant.guard.text.WordTable.of("send", "give", "gimme", "drop", "post", "tell", "text",
      "dm", "pm", "message", "email", "share", "reply", "put", "add", "write", "list",
      "provide", "show", "hand", "forward", "introduce", "identify", "state", "say", "announce",
      "spell", "use", "leave", "type", "enter", "include", "submit",
      "pass", "respond", "fill", "confirm");
  /** Verbs asking to obtain a detail: need it, have it, get it, know it. */
  static final Set<String> OBTAIN = org.confidant.guard.text.WordTable.of("need", "want", "get", "have", "know", "got",
      "requires", "require", "see", "find", "lemme", "needs");
  /** Spanish request forms, requests wherever they stand. */
  static final Set<String> SPANISH_REQUEST = org.confidant.guard.text.WordTable.of("dame", "mandame", "pasame", "enviame",
      "dime", "decime", "manda", "mande", "manden", "envia", "envie", "envien", "pon", "pongan",
      "ponga", "escribe", "escriban", "comparte", "compartan", "deja", "dejen", "publica",
      "publiquen", "necesito", "necesitamos", "quiero", "das", "pasas", "mandas", "dices",
      "darme", "pasarme", "mandarme", "decirme", "enviarme", "tienes", "tiene", "sabes", "sabe",
      "dar", "poner", "mandar", "decir", "danos", "digan", "diganme", "decirnos", "darnos",
      "mandarnos", "pasarnos", "enviarnos", "decirle", "darle", "pasarle", "dinos", "digame",
      "deme", "pasen", "escribir");
  /** Words that may stand before an imperative without changing it. */
  static final Set<String> SOFTENERS = org.confidant.guard.text.WordTable.of("just", "please", "pls", "plz", "also", "quickly",
      "quick", "now", "then", "and", "so", "ok", "okay", "go", "ahead", "kindly", "simply",
      "hey", "yo", "first", "everyone", "everybody", "all", "yall", "guys", "folks", "por",
      "favor", "ahora", "y", "oye", "right", "immediately", "asap", "seriously", "really");
  /** Words that make what follows an obligation: "you have to", "must", "tienes que". */
  static final Set<String> OBLIGATION = org.confidant.guard.text.WordTable.of("must", "gotta", "youll", "have", "has", "need",
      "needs", "got", "supposed", "expected", "required", "tienes", "tiene", "tienen", "debes",
      "debe", "deben", "hay", "want", "better");
  static final Set<String> YOU = org.confidant.guard.text.WordTable.of("you", "u", "ya", "yall", "someone", "somebody",
      "anyone", "anybody", "everyone", "everybody", "people", "newcomers", "members", "alguien");
  static final Set<String> SELF = org.confidant.guard.text.WordTable.of("i", "we", "ive", "im", "id", "ill", "lemme", "yo",
      "tengo", "debo", "tenemos");
  static final Set<String> NEGATION = org.confidant.guard.text.WordTable.of("not", "dont", "doesnt", "never", "no", "nobody",
      "noone", "shouldnt", "wont", "nadie", "nunca", "without");

  /** Following "for"/"of" after "the number", a person rather than a place or a line. */
  static final Set<String> PERSON_WORDS = org.confidant.guard.text.WordTable.of("him", "her", "them", "everyone", "everybody",
      "anyone", "guy", "girl", "woman", "man", "lady", "dude", "kid", "newcomer", "member",
      "person", "people", "guys", "girls", "other", "others", "chico", "chica", "tipo",
      "senor", "senora", "muchacho", "muchacha", "hombre", "mujer", "nuevo", "nueva", "new",
      "sponsor", "sponsee", "padrino", "madrina", "ahijado", "ahijada", "ella", "each", "all",
      "whoever", "boyfriend", "girlfriend", "husband", "wife", "ex", "todos");
  static final Set<String> ORG_WORDS = org.confidant.guard.text.WordTable.of("central", "office", "intergroup", "hotline",
      "helpline", "church", "hall", "center", "centre", "club", "library", "meeting", "group",
      "zoom", "aa", "na", "st", "saint", "line", "page", "reading", "book", "venue", "room",
      "district", "area", "gso", "chapter", "step", "literature", "iglesia", "grupo", "oficina",
      "reunion", "linea", "pagina", "sunday", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "morning", "night", "noon", "evening", "domingo", "lunes", "martes",
      "miercoles", "jueves", "viernes", "sabado", "mark", "marks", "parish", "temple", "school",
      "hospital", "clinic", "park", "cafe", "restaurant", "building", "street", "avenue",
      "road");

  /** Verbs of telling one's story or another's. */
  static final Set<String> DISCLOSE = org.confidant.guard.text.WordTable.of("tell", "share", "say", "admit", "confess",
      "explain", "introduce", "reveal", "disclose", "post", "talk", "open", "spill", "contar",
      "contarle", "contarles", "contarnos", "contarme", "cuentale", "cuentales", "cuentanos",
      "cuentame", "compartir", "decir", "decirle", "decirles", "decirnos", "dile", "diles",
      "dinos", "confesar", "admitir", "hablar", "publicar", "comparte", "cuenta", "cuenten",
      "cuentas", "dices", "compartes", "confiesas", "cuentes", "digas", "compartas",
      "confieses");
  /** Who hears it, when that alone shows pressure to tell a group. */
  static final PhraseTable<Boolean> AUDIENCE = new PhraseTable<Boolean>()
      .addAll(true, "the group|room|meeting|class", "the whole", "everyone|everybody",
          "all of us", "us", "al grupo", "a todos", "todos", "el grupo", "the rest of us");
  /** What someone's story is, as an object of telling. */
  static final PhraseTable<Boolean> STORY = new PhraseTable<Boolean>()
      .addAll(true, "what you|u did|done|told|said|shared|were|used|took|drank|stole|hid|spent"
              + "|lost|saw|heard",
          "what * said|told|shared|did|wrote|confessed|admitted|saw|heard",
          "what happened|happend", "what really happened", "what went down",
          "who you|u were|was|used|slept|drank|did|got|are|hooked", "who it was", "who told",
          "your|his|her|their|the whole|full|sobriety|recovery|drinking|using|life? "
              + "story|stories|history|secret|secrets",
          "the truth", "the affair", "your past",
          "about the|your|his|her affair|relapse|dui|arrest|past|ex|divorce|drinking|using"
              + "|abortion|diagnosis|record|charges|case|husband|wife|boyfriend|girlfriend",
          "everything you|about", "why you|u relapsed|drank|used|left|got|were|slipped",
          "lo que hiciste|paso|dijiste|contaste|dijo|conto|hizo", "lo que te paso",
          "tu|su historia", "la verdad", "con quien", "todo lo que", "que paso", "que hiciste",
          "where you|u were|went");
  /** Pressure to share that stands on its own. */
  static final PhraseTable<Boolean> PRESSURE = new PhraseTable<Boolean>()
      .addAll(true, "cant|cannot just? sit there", "cant|cannot hide forever|from",
          "what youre|your hiding", "what you are hiding", "what are you|u hiding", "que escondes",
          "que estas escondiendo", "your turn to share|talk|speak", "everyone else has",
          "were all waiting", "everyones waiting", "waiting on you", "not a real member",
          "cant be a real member", "people will start wondering|talking",
          "if you dont people|everyone|everybody will", "you owe me the truth",
          "no puedes esconderte", "todos estamos esperando", "deserves|deserve to know",
          "merece|merecen|merecemos saber", "now its your turn",
          "were waiting for|on you", "solo faltas tu");
  /** Pressure that counts only when it ends its sentence ("We're waiting."). */
  static final PhraseTable<Boolean> PRESSURE_FINAL = new PhraseTable<Boolean>()
      .addAll(true, "were waiting", "we are waiting", "everyone is waiting", "te estamos esperando",
          "estamos esperando");
  /** Obligations worded around the verb: "you owe it to the group to tell…". */
  static final PhraseTable<Boolean> OBLIGATION_FRAME = new PhraseTable<Boolean>()
      .addAll(true, "owe it to", "its your turn to", "its time for you to", "time for you to",
          "its time you", "youre expected|required|supposed to", "you are expected|required|supposed to", "were asking you to",
          "we need you to", "i need you to", "youd|you better", "i expect you to",
          "es hora de que", "te toca");
  /** Verbs of outing someone, for threats. */
  static final Set<String> OUT_VERB = org.confidant.guard.text.WordTable.of("tell", "telling", "post", "posting", "out",
      "outing", "expose", "exposing", "report", "publish", "digo", "cuento", "publico",
      "contarle", "contarles", "decirle", "decirles", "publicar", "share", "sharing", "calling",
      "call");
  /** Audiences whose knowing would out someone. */
  static final Set<String> OUT_AUDIENCE = org.confidant.guard.text.WordTable.of("everyone", "everybody", "group", "whole",
      "boss", "wife", "husband", "family", "kids", "job", "work", "employer", "parents", "mom",
      "dad", "church", "pastor", "people", "facebook", "online", "todos", "jefe", "esposa",
      "esposo", "familia", "grupo", "everyones", "world", "coworkers", "internet", "police",
      "cops", "court", "judge", "landlord", "ex", "partner", "school");
  /** What turns a telling into a threat: a condition, or membership put on show. */
  static final PhraseTable<Boolean> THREAT_TERMS = new PhraseTable<Boolean>()
      .addAll(true, "unless you|u", "or else", "if you dont|don't", "until you", "a menos que",
          "si no me", "youre in|an|a|at", "you go to", "you were at", "que estas en", "que eres",
          "que vas a", "everyones last names", "your real|last name");
  /** Words that put a request under pressure: a condition, a penalty, an accusation. */
  static final PhraseTable<Boolean> PRESSURE_CONTEXT = new PhraseTable<Boolean>()
      .addAll(true, "or i|we|ill|im|were|youre|you|else|well", "unless", "until you",
          "not letting this|it go", "i know it was", "which one of you", "whoever",
          "you owe me", "non negotiable", "nonnegotiable", "no excuses", "si no", "a menos que",
          "by friday|monday|tomorrow|tonight", "or else");
  /** Requests for a detail in one set phrase. */
  static final PhraseTable<Boolean> DIRECT_REQUEST = new PhraseTable<Boolean>()
      .addAll(true, "como te|se apellidas|apellida|apellidan", "como se llama ella",
          "como te llamas completo", "como te llamas de apellido",
          "como se llama tu padrino|madrina|amigo|amiga|esposo|esposa|novio|novia",
          "how can|do|could i contact|reach him|her|them", "whats his|her face",
          "who are you really", "quien eres en realidad", "i need|want a name|names",
          "give me a name|names", "name names", "necesito un nombre|nombres",
          "who shared|said|talked about", "who was it that shared|said|told|talked",
          "which one of you shared|said|told", "quien compartio|dijo|conto lo|eso|sobre");
  /** Offers that hold only when they end the clause ("if you want." but not "if you want to"). */
  static final PhraseTable<Boolean> CLAUSE_FINAL_NO_PRESSURE = new PhraseTable<Boolean>()
      .addAll(true, "if you want|like|wish", "if youd like", "si quieres", "si te parece");
  /** Voluntary, no-pressure wording that turns a request into an offer. */
  static final PhraseTable<Boolean> NO_PRESSURE = new PhraseTable<Boolean>()
      .addAll(true, "no pressure", "totally|completely|perfectly fine|ok|okay",
          "no worries", "only if", "if youre comfortable", "if you feel like", "optional",
          "no obligation", "no rush",
          "sin presion", "no hay problema", "si te sientes", "fine if not",
          "ok if not", "okay if not", "up to you", "your call", "no need", "your choice",
          "never|not required", "if you ever want", "si algun dia quieres");
}
