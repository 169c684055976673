package org.confidant.guard.meeting;

import java.util.Set;

/**
 * Word lists for {@link MeetingReportRecognizer}, English and Spanish, lower-case, with and
 * without accents where people type both.
 */
final class ReportCues {
  private ReportCues() {}

  /** How a reporting word ties speech to a meeting. */
  enum Verb {
    /** "shared": the fellowship's word for speaking in a meeting; needs no other meeting cue. */
    SHARED,
    /** "admitted", "confessed", "opened up": needs a meeting place or a time ("tonight"). */
    STRONG,
    /** "said", "told us", "talked about", "contó": needs a meeting place ("at the meeting"). */
    WEAK,
    /** "did you hear Carlos …", "¿oíste a Hector …": needs a meeting place or a time. */
    HEAR_PERSON
  }

  static final Set<String> SHARED = org.confidant.guard.text.WordTable.of("shared", "compartió", "compartio");

  static final Set<String> STRONG = org.confidant.guard.text.WordTable.of(
      "admitted", "admits", "confessed", "confesses", "confided", "confesó", "confeso",
      "admitió", "admitio", "reconoció");

  static final Set<String> WEAK = org.confidant.guard.text.WordTable.of(
      "said", "says", "mentioned", "revealed", "announced", "disclosed", "dijo", "contó", "conto",
      "comentó", "mencionó", "reveló", "platicó", "contaba", "decía");

  /** Verbs that report what was said through their object: "brought up his affair". */
  static final Set<String> OBJECT_VERBS = org.confidant.guard.text.WordTable.of(
      "brought", "described", "discussed", "explained", "detailed", "describió", "explicó");

  /** Words that tie a sentence to the fellowship, so "tonight" means a meeting. */
  static final Set<String> FELLOWSHIP = org.confidant.guard.text.WordTable.of(
      "chaired", "chairing", "chair", "newcomer", "newcomers", "sponsee", "old-timer", "oldtimer",
      "speaker", "share", "shared", "rooms", "aa", "na", "al-anon", "gsr", "coordinador",
      "coordinó", "padrino", "madrina");

  /** Verbs that report speech only with "about" (or "de"/"sobre") after them. */
  static final Set<String> ABOUT_VERBS = org.confidant.guard.text.WordTable.of(
      "talked", "talks", "talking", "spoke", "speaks", "speaking", "cried", "crying", "went",
      "ranted", "bragged", "joked", "complained", "opened", "habló", "hablo", "hablaba");

  /** Objects after "told" that make it telling the meeting, not a private conversation. */
  static final Set<String> TOLD = org.confidant.guard.text.WordTable.of("told", "tells", "telling");
  static final Set<String> TOLD_OBJECTS = org.confidant.guard.text.WordTable.of(
      "us", "me", "you", "everyone", "everybody", "the", "all", "nos", "contó");

  static final Set<String> HEAR = org.confidant.guard.text.WordTable.of(
      "hear", "heard", "catch", "caught", "oíste", "oiste", "escuchaste", "oyeron", "escucharon");

  /** Disruptive conduct at a meeting: reporting what someone did there. */
  static final Set<String> CONDUCT = org.confidant.guard.text.WordTable.of(
      "storm", "stormed", "storming", "yelling", "yelled", "screaming", "screamed", "shouting",
      "shouted", "cursing", "punched", "threw", "sobbing", "nodded", "passed", "stole", "stealing",
      "fighting", "slurring", "gritando", "gritó", "gritar", "insultó", "insultando", "llorando",
      "lloró", "borracho", "borracha", "crying", "cried", "sobbed", "bawling", "vomited",
      "puked", "stumbling", "fistfight");

  /** Words after "showed up" / "came in" / "was" that make conduct: "showed up drunk". */
  static final Set<String> STATE = org.confidant.guard.text.WordTable.of("drunk", "high", "wasted", "loaded", "hammered",
      "stoned", "tipsy", "buzzed");

  static final Set<String> MEETING = org.confidant.guard.text.WordTable.of(
      "meeting", "meetings", "mtg", "group", "reunión", "reunion", "grupo", "junta", "rooms",
      "share", "speaker", "sesión", "sesion");

  /** Words after "group" that make it something other than a meeting. */
  static final Set<String> NOT_MEETING_AFTER_GROUP = org.confidant.guard.text.WordTable.of(
      "chat", "text", "thread", "board", "page", "conscience", "inventory", "vote", "voted", "needs",
      "email", "list", "photo", "pic");

  /** Prepositions that place an event in a meeting. */
  static final Set<String> PLACE = org.confidant.guard.text.WordTable.of("at", "in", "during", "en", "durante");

  static final Set<String> TIME = org.confidant.guard.text.WordTable.of(
      "tonight", "tonite", "today", "yesterday", "anoche", "ayer", "hoy", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miércoles",
      "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo");

  /** Words that may sit inside a meeting phrase: "at the Tuesday night women's meeting". */
  static final Set<String> PHRASE = org.confidant.guard.text.WordTable.of(
      "the", "a", "this", "that", "my", "our", "his", "her", "their", "last", "night", "morning",
      "noon", "evening", "women", "men", "women's", "men's", "home", "speaker", "step", "study",
      "big", "book", "aa", "na", "al", "anon", "de", "la", "el", "mi", "nuestra", "nuestro",
      "tonight's", "today's", "yesterday's", "week", "week's", "6am", "7am", "noon's", "open",
      "closed", "beginners", "newcomers", "online", "zoom", "s", "del", "mujeres", "hombres",
      "night's", "morning's", "weekly", "business", "of");

  /** Subjects that make the report the writer's own (or the listener's own) words. */
  static final Set<String> FIRST_SECOND = org.confidant.guard.text.WordTable.of(
      "i", "i'm", "i've", "i'd", "i’ve", "i’m", "we", "we've", "we’ve", "yo", "nosotros", "you",
      "you've", "you’ve", "u", "tú", "usted", "ustedes", "everyone", "everybody", "todos", "nobody",
      "no", "whoever");

  /** Subjects that make it a general statement: "lots of people shared about gratitude". */
  static final Set<String> GENERAL = org.confidant.guard.text.WordTable.of(
      "people", "folks", "lots", "many", "several", "everyone", "everybody", "most", "all",
      "room", "crowd",
      "muchos", "muchas", "varios", "varias", "todos", "gente");

  /** Third-person Spanish verb forms that may open a sentence without a subject. */
  static final Set<String> SPANISH_VERBS = org.confidant.guard.text.WordTable.of(
      "dijo", "contó", "conto", "compartió", "compartio", "confesó", "confeso", "admitió",
      "admitio", "habló", "comentó", "mencionó", "reveló", "platicó", "contaba", "decía");

  /** Words that open a reported clause: "said that…", "said he's…", "contó que…". */
  static final Set<String> CLAUSE = org.confidant.guard.text.WordTable.of(
      "that", "he", "she", "they", "he's", "she's", "they're", "they've", "he'd", "she'd",
      "his", "her", "their", "how", "about", "que", "su", "sus", "él", "ella", "lo", "la", "le",
      "se", "sobre", "de", "cómo", "como", "why", "what", "there", "it's", "nobody", "no");

  /** Words that say nothing private on their own: "shared her experience, strength and hope". */
  static final Set<String> GENERIC = org.confidant.guard.text.WordTable.of(
      "experience", "strength", "hope", "story", "journey", "gratitude", "recovery", "program",
      "steps", "step", "topic", "wisdom", "lot", "much", "beautiful", "amazing", "great",
      "powerful", "honest", "honestly", "inspiring", "funny", "good", "well", "things", "thing",
      "stuff", "way", "how", "was", "were", "is", "it", "so", "really", "tonight", "today",
      "feelings", "heart", "first", "second", "finally", "again", "once", "brave", "bravely",
      "vulnerable", "openly", "truth", "everything", "little", "bit", "long", "while", "whole",
      "entire", "proud", "moving", "touching", "raw", "real", "deep",
      // program topics, not anyone's private matters
      "service", "acceptance", "forgiveness", "resentment", "resentments", "honesty", "humility",
      "fear", "anger", "surrender", "faith", "patience", "prayer", "meditation", "willingness",
      "tradition", "traditions", "god", "spirituality", "amends", "sponsorship", "promises",
      "literature", "gratefulness", "serenity", "unity", "principles", "inventory",
      "letting", "go", "power", "higher", "big", "book", "chapter", "page", "fe", "gratitud",
      "servicio", "aceptación", "aceptacion", "dios", "poder", "superior", "experiencia", "fortaleza", "esperanza", "historia", "bonito", "bien");

  /** Words that name a third person. */
  static final Set<String> THIRD = org.confidant.guard.text.WordTable.of(
      "he", "she", "they", "he's", "she's", "someone", "somebody", "guy", "girl", "woman", "man",
      "lady", "dude", "speaker", "newcomer", "newbie", "regular", "regulars", "old-timer",
      "oldtimer", "timer", "gsr", "chair", "secretary", "sponsor", "sponsee", "member", "kid",
      "friend", "one", "alguien", "señor", "señora", "senor", "senora", "chica", "chico",
      "hombre", "mujer", "muchacho", "muchacha", "compañero", "compañera", "padrino", "madrina",
      "ahijado", "ahijada", "él", "ella", "ellos", "fellow", "brother", "sister", "husband",
      "wife");

  /** Immediately before a verb, marks it passive or generic: "what's said here". */
  static final Set<String> PASSIVE = org.confidant.guard.text.WordTable.of(
      "is", "was", "were", "are", "be", "been", "being", "what's", "what’s", "gets", "get", "got",
      "es", "fue", "se");

  /** Skipped between a subject and its verb. */
  static final Set<String> ADVERB = org.confidant.guard.text.WordTable.of(
      "just", "finally", "also", "even", "literally", "actually", "really", "openly", "basically",
      "apparently", "supposedly", "then", "already", "casually", "tearfully", "honestly", "all",
      "totally", "straight", "up", "out", "ya", "también", "tambien");

  /** Objects of "shared" that are not a share: "shared his number". */
  static final Set<String> SHARED_NOT_STORY = org.confidant.guard.text.WordTable.of(
      "number", "phone", "email", "address", "link", "photo", "pic", "picture", "post", "video",
      "article", "ride", "meal", "cab", "food", "screen", "file", "doc", "document", "contact",
      "snacks", "cookies", "recipe", "playlist", "location", "quote", "reading", "passage", "joke",
      "tip", "tips", "chip", "chips", "coin", "cake", "medallion", "anniversary", "birthday",
      "milestone", "poem", "song", "prayer", "slogan", "literature", "pamphlet", "flyer");

  /** Logistics: a report about the meeting itself, not about a person. */
  static final Set<String> LOGISTICS = org.confidant.guard.text.WordTable.of(
      "moving", "moved", "move", "cancelled", "canceled", "cancel", "starts", "starting", "start",
      "link", "zoom", "passcode", "password", "potluck", "coffee", "chairs", "literature",
      "schedule", "location", "venue", "parking", "budget", "vote", "voted", "hybrid",
      "basement", "format", "reading", "readings", "page", "chapter", "topic", "pm", "am",
      "se", "cambia", "cambió", "horario", "sala", "cancelada");

  /** Every list above (declared last: the others are set when it is). */
  static final java.util.List<Set<String>> ALL = java.util.List.of(SHARED, STRONG, WEAK,
      OBJECT_VERBS, FELLOWSHIP, ABOUT_VERBS, TOLD, TOLD_OBJECTS, HEAR, CONDUCT, STATE, MEETING,
      NOT_MEETING_AFTER_GROUP, PLACE, TIME, PHRASE, FIRST_SECOND, GENERAL, SPANISH_VERBS, CLAUSE,
      GENERIC, THIRD, PASSIVE, ADVERB, SHARED_NOT_STORY, LOGISTICS);
}
