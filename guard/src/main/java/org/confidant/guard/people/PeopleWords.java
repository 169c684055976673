package org.confidant.guard.people;

import java.util.Map;
import java.util.Set;
import org.confidant.guard.people.Mention.Gender;

/** Word lists (English and Spanish, in {@link Tokens#key} form) for finding people in a text. */
final class PeopleWords {
  private PeopleWords() {}

  /** Ordinary words that are also in the given-name list: not names unless listed. */
  static final Set<String> COMMON = Words.set((
      "ace al alma amber amen amor an angel angeles any april art august autumn bill bishop "
      + "bless blessing blue brook brooks brown bud buddy buena carter cash champ chance chase "
      + "chip christ christian cielo clay cliff cooper cruz crystal daisy dale dawn dean december "
      + "del destiny don early eden esperanza estrella ever faith feliz flor forest frank garland "
      + "gay gene genesis glen grace gracia grant gray green grey guy harmony hazel heather heaven "
      + "hero holly honor hope hunter iris ivy jack jade january jean jesus jewel journey joy "
      + "judge july june justice king la lane le legacy legend lily little long lord love lucky "
      + "luz major mar marina mark mason may melody miles miracle misty my noble nova november "
      + "october olive onyx page parker porter precious price prince rain raven reed reign rey "
      + "rio river rock rocky rose royal ruby rusty sage said santos september serenity shadow "
      + "sincere sir sky snow son sonny sparkle spirit spring star sterling stone storm stormy "
      + "story sue summer summit sun sunday sunny taylor trinity true tucker tuesday velvet wade "
      + "ward wednesday wells west will willow winter wren young zion monday thursday friday "
      + "saturday march sober clean step big book happy god dios paz sol mi lo el di "
      + "pat ok okay hey hi hola oh yes no").split(" "));

  /** Words never taken as an unlisted name, even capitalised mid-sentence. */
  static final Set<String> NEVER_NAMES = Words.set((
      "january february march april may june july august september october november december "
      + "monday tuesday wednesday thursday friday saturday sunday god lord jesus christ dios "
      + "big step sober clean happy ok okay hey hi hola oh yes no my an said la le del al mi "
      + "lo el di sol paz pat amen bless blessing serenity higher power program spirit king "
      + "sir true love heaven star sun sunny rain snow storm spring summer winter autumn "
      + "miracle journey story christian justice honor hero legend legacy little long young "
      + "early ever any green brown gray grey blue rich major prince royal santos reyes cruz "
      + "luz amor alma cielo flor estrella gracia feliz buena mar rio river rock stone lucky "
      + "chance cash chip gay west dale lane glen wells ward price page art").split(" "));

  /** Words right after a sentence-initial name that show a person is meant ("Mark relapsed"). */
  static final Set<String> STRONG_PERSON_VERBS = Words.set(
      "is", "was", "has", "had", "said", "told", "called", "got", "just", "relapsed", "owes",
      "shared", "texted", "went", "asked", "says", "thinks", "isn't", "wasn't", "hasn't",
      "didn't", "doesn't", "keeps", "needs", "wants", "stole", "took", "lost", "showed", "drank",
      "used", "admitted", "from", "is", "got", "finally", "still", "recayo", "dijo", "conto",
      "esta", "anda", "volvio", "tiene", "perdio");

  /** Words before a capitalised word that make it a place, not a person ("St. Vincent's"). */
  static final Set<String> PLACE_BEFORE = Words.set(
      "st", "saint", "san", "santa", "santo", "mount", "mt", "lake", "fort", "port", "on",
      "in", "near", "outside",
      "via", "calle", "avenida", "colonia");

  /** Words after a capitalised word that make it a place or organisation. */
  static final Set<String> PLACE_AFTER = Words.set(
      "group", "groups", "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive",
      "blvd", "boulevard", "way", "hall", "church", "center", "centre", "park", "county",
      "hospital", "methodist", "baptist", "lutheran", "catholic", "university", "college",
      "school", "library", "court", "place", "plaza", "square", "house", "club", "hotel",
      "grange", "memorial", "medical", "clinic", "city", "valley", "heights", "springs",
      "beach", "island", "river", "creek", "trail", "bridge", "station", "mall", "market",
      "cafe", "diner", "bar", "pub", "brewery", "gym", "foundation", "institute", "ward",
      "recovery", "serenity");

  /** Fellowship relations: naming one ties a person to the fellowship. */
  static final Map<String, Gender> FELLOWSHIP_ROLES = Map.ofEntries(
      Map.entry("sponsor", Gender.UNKNOWN), Map.entry("sponsors", Gender.UNKNOWN),
      Map.entry("sponsee", Gender.UNKNOWN), Map.entry("sponsees", Gender.UNKNOWN),
      Map.entry("grandsponsor", Gender.UNKNOWN), Map.entry("grandsponsee", Gender.UNKNOWN),
      Map.entry("co-sponsee", Gender.UNKNOWN), Map.entry("padrino", Gender.MALE),
      Map.entry("madrina", Gender.FEMALE), Map.entry("ahijado", Gender.MALE),
      Map.entry("ahijada", Gender.FEMALE), Map.entry("ahijados", Gender.UNKNOWN),
      Map.entry("ahijadas", Gender.FEMALE));

  /** Service positions in a group: "our treasurer" pins a person down. */
  static final Map<String, Gender> SERVICE_ROLES = Map.ofEntries(
      Map.entry("treasurer", Gender.UNKNOWN), Map.entry("secretary", Gender.UNKNOWN),
      Map.entry("gsr", Gender.UNKNOWN), Map.entry("dcm", Gender.UNKNOWN),
      Map.entry("chair", Gender.UNKNOWN), Map.entry("chairperson", Gender.UNKNOWN),
      Map.entry("chairman", Gender.MALE), Map.entry("chairwoman", Gender.FEMALE),
      Map.entry("greeter", Gender.UNKNOWN), Map.entry("tesorero", Gender.MALE),
      Map.entry("tesorera", Gender.FEMALE), Map.entry("secretario", Gender.MALE),
      Map.entry("secretaria", Gender.FEMALE), Map.entry("coordinador", Gender.MALE),
      Map.entry("coordinadora", Gender.FEMALE), Map.entry("rsg", Gender.UNKNOWN));

  /** Nouns for a person that identify someone only with a qualifier ("the new woman at..."). */
  static final Map<String, Gender> PERSON_NOUNS = Map.ofEntries(
      Map.entry("guy", Gender.MALE), Map.entry("man", Gender.MALE), Map.entry("dude", Gender.MALE),
      Map.entry("boy", Gender.MALE), Map.entry("gentleman", Gender.MALE),
      Map.entry("woman", Gender.FEMALE), Map.entry("girl", Gender.FEMALE),
      Map.entry("lady", Gender.FEMALE), Map.entry("gal", Gender.FEMALE),
      Map.entry("chick", Gender.FEMALE), Map.entry("kid", Gender.UNKNOWN),
      Map.entry("newcomer", Gender.UNKNOWN), Map.entry("newbie", Gender.UNKNOWN),
      Map.entry("old-timer", Gender.UNKNOWN), Map.entry("oldtimer", Gender.UNKNOWN),
      Map.entry("member", Gender.UNKNOWN), Map.entry("fellow", Gender.MALE),
      Map.entry("person", Gender.UNKNOWN), Map.entry("senor", Gender.MALE),
      Map.entry("senora", Gender.FEMALE), Map.entry("hombre", Gender.MALE),
      Map.entry("mujer", Gender.FEMALE), Map.entry("muchacho", Gender.MALE),
      Map.entry("muchacha", Gender.FEMALE), Map.entry("chavo", Gender.MALE),
      Map.entry("chava", Gender.FEMALE), Map.entry("chico", Gender.MALE),
      Map.entry("chica", Gender.FEMALE), Map.entry("companero", Gender.MALE),
      Map.entry("companera", Gender.FEMALE), Map.entry("nuevo", Gender.MALE),
      Map.entry("nueva", Gender.FEMALE), Map.entry("senorita", Gender.FEMALE),
      Map.entry("joven", Gender.UNKNOWN));

  /** Adjectives that, between "the" and a person noun, pin someone down ("the new girl"). */
  static final Set<String> DESCRIPTORS = Words.set(
      "new", "young", "younger", "old", "older", "tall", "short", "quiet", "loud", "big",
      "little", "blonde", "blond", "bearded", "skinny", "elderly", "redheaded", "shy", "grumpy",
      "nuevo", "nueva", "joven", "alto", "alta", "viejo", "vieja", "guero", "guera", "chaparro",
      "chaparra", "flaco", "flaca", "gordo", "gorda");

  /** Words after a person noun that pin someone down ("the guy who...", "la nueva del grupo"). */
  static final Set<String> QUALIFIERS = Words.set(
      "who", "that", "from", "at", "with", "whose", "de", "del", "que", "con");

  /** Definite and demonstrative determiners. */
  static final Set<String> DEFINITE = Words.set(
      "the", "that", "this", "el", "la", "ese", "esa", "este", "esta", "aquel", "aquella");

  /** The writer's possessives. */
  static final Set<String> MY = Words.set(
      "my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras");

  /** Indefinite determiners: "a guy", "one woman", "un señor" are nobody in particular. */
  static final Set<String> INDEFINITE = Words.set(
      "a", "an", "one", "some", "un", "una", "algun", "alguna", "another", "otro", "otra");

  /** The writer's family and people outside the fellowship ("my husband"). */
  static final Map<String, Gender> OUTSIDERS = Map.ofEntries(
      Map.entry("husband", Gender.MALE), Map.entry("wife", Gender.FEMALE),
      Map.entry("partner", Gender.UNKNOWN), Map.entry("boyfriend", Gender.MALE),
      Map.entry("girlfriend", Gender.FEMALE), Map.entry("fiance", Gender.MALE),
      Map.entry("fiancee", Gender.FEMALE), Map.entry("ex", Gender.UNKNOWN),
      Map.entry("ex-wife", Gender.FEMALE), Map.entry("ex-husband", Gender.MALE),
      Map.entry("dad", Gender.MALE), Map.entry("father", Gender.MALE),
      Map.entry("mom", Gender.FEMALE), Map.entry("mother", Gender.FEMALE),
      Map.entry("mum", Gender.FEMALE), Map.entry("brother", Gender.MALE),
      Map.entry("sister", Gender.FEMALE), Map.entry("son", Gender.MALE),
      Map.entry("daughter", Gender.FEMALE), Map.entry("kid", Gender.UNKNOWN),
      Map.entry("kids", Gender.UNKNOWN), Map.entry("child", Gender.UNKNOWN),
      Map.entry("children", Gender.UNKNOWN), Map.entry("cousin", Gender.UNKNOWN),
      Map.entry("aunt", Gender.FEMALE), Map.entry("uncle", Gender.MALE),
      Map.entry("grandma", Gender.FEMALE), Map.entry("grandpa", Gender.MALE),
      Map.entry("grandmother", Gender.FEMALE), Map.entry("grandfather", Gender.MALE),
      Map.entry("nephew", Gender.MALE), Map.entry("niece", Gender.FEMALE),
      Map.entry("stepdad", Gender.MALE), Map.entry("stepmom", Gender.FEMALE),
      Map.entry("brother-in-law", Gender.MALE), Map.entry("sister-in-law", Gender.FEMALE),
      Map.entry("mother-in-law", Gender.FEMALE), Map.entry("father-in-law", Gender.MALE),
      Map.entry("roommate", Gender.UNKNOWN), Map.entry("neighbor", Gender.UNKNOWN),
      Map.entry("neighbour", Gender.UNKNOWN), Map.entry("coworker", Gender.UNKNOWN),
      Map.entry("co-worker", Gender.UNKNOWN), Map.entry("boss", Gender.UNKNOWN),
      Map.entry("manager", Gender.UNKNOWN), Map.entry("friend", Gender.UNKNOWN),
      Map.entry("buddy", Gender.MALE), Map.entry("landlord", Gender.UNKNOWN),
      Map.entry("esposo", Gender.MALE), Map.entry("esposa", Gender.FEMALE),
      Map.entry("marido", Gender.MALE), Map.entry("mujer", Gender.FEMALE),
      Map.entry("novio", Gender.MALE), Map.entry("novia", Gender.FEMALE),
      Map.entry("papa", Gender.MALE), Map.entry("padre", Gender.MALE),
      Map.entry("mama", Gender.FEMALE), Map.entry("madre", Gender.FEMALE),
      Map.entry("hermano", Gender.MALE), Map.entry("hermana", Gender.FEMALE),
      Map.entry("hijo", Gender.MALE), Map.entry("hija", Gender.FEMALE),
      Map.entry("hijos", Gender.UNKNOWN), Map.entry("primo", Gender.MALE),
      Map.entry("prima", Gender.FEMALE), Map.entry("tio", Gender.MALE),
      Map.entry("tia", Gender.FEMALE), Map.entry("abuelo", Gender.MALE),
      Map.entry("abuela", Gender.FEMALE), Map.entry("sobrino", Gender.MALE),
      Map.entry("sobrina", Gender.FEMALE), Map.entry("suegro", Gender.MALE),
      Map.entry("suegra", Gender.FEMALE), Map.entry("cunado", Gender.MALE),
      Map.entry("cunada", Gender.FEMALE), Map.entry("amigo", Gender.MALE),
      Map.entry("amiga", Gender.FEMALE), Map.entry("vecino", Gender.MALE),
      Map.entry("vecina", Gender.FEMALE), Map.entry("jefe", Gender.MALE),
      Map.entry("jefa", Gender.FEMALE), Map.entry("roomie", Gender.UNKNOWN));

  /** Relations of a named person ("Luis's wife"): still that person's family matter. */
  static final Map<String, Gender> RELATIONS = OUTSIDERS;

  /** Words for nobody in particular. */
  static final Set<String> VAGUE = Words.set(
      "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "people", "folks",
      "whoever", "nobody", "alguien", "nadie", "todos", "todas", "gente", "alcoholics",
      "addicts", "newcomers", "members", "guys", "ladies", "y'all", "others");

  /** First-person subject and possessive words (the writer). */
  static final Set<String> FIRST = Words.set(
      "i", "i'm", "i've", "i'd", "i'll", "my", "mine", "yo", "mi", "mis", "im", "ive");

  /** We and us: the group in general. */
  static final Set<String> GROUP = Words.set(
      "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "nosotros", "nosotras");

  /** Second-person words (the listener). */
  static final Set<String> SECOND = Words.set(
      "you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "u", "ur",
      "tu", "tus", "usted", "te", "ti", "youre");

  /** Third-person pronouns with their gender. */
  static final Map<String, Gender> THIRD = Map.ofEntries(
      Map.entry("he", Gender.MALE), Map.entry("he's", Gender.MALE), Map.entry("he'd", Gender.MALE),
      Map.entry("he'll", Gender.MALE), Map.entry("him", Gender.MALE),
      Map.entry("his", Gender.MALE), Map.entry("himself", Gender.MALE),
      Map.entry("hes", Gender.MALE), Map.entry("she", Gender.FEMALE),
      Map.entry("she's", Gender.FEMALE), Map.entry("she'd", Gender.FEMALE),
      Map.entry("she'll", Gender.FEMALE), Map.entry("her", Gender.FEMALE),
      Map.entry("hers", Gender.FEMALE), Map.entry("herself", Gender.FEMALE),
      Map.entry("shes", Gender.FEMALE), Map.entry("they", Gender.UNKNOWN),
      Map.entry("they're", Gender.UNKNOWN), Map.entry("they've", Gender.UNKNOWN),
      Map.entry("they'd", Gender.UNKNOWN), Map.entry("them", Gender.UNKNOWN),
      Map.entry("their", Gender.UNKNOWN), Map.entry("themselves", Gender.UNKNOWN),
      Map.entry("ella", Gender.FEMALE), Map.entry("su", Gender.UNKNOWN),
      Map.entry("sus", Gender.UNKNOWN), Map.entry("le", Gender.UNKNOWN),
      Map.entry("les", Gender.UNKNOWN), Map.entry("lo", Gender.MALE));

  /** Words after "lo" that make it an article, not "him" ("lo que"). */
  static final Set<String> LO_NOT_PRONOUN = Words.set(
      "que", "de", "del", "mismo", "mas", "mejor", "peor", "siento", "bueno", "malo", "unico",
      "importante", "cual", "demas");

  /** Relative pronouns that point back to the person just named ("Omar, who..."). */
  static final Set<String> RELATIVE = Words.set("who", "whose", "quien", "quienes");

  /** Words in a sentence that show a name belongs to a public figure speaking publicly. */
  static final Set<String> PUBLIC_CUES = Words.set(
      "memoir", "interview", "documentary", "podcast", "openly", "publicly", "famous",
      "celebrity", "actor", "actress", "singer", "rapper", "musician", "comedian", "governor",
      "senator", "president", "mayor", "congressman", "congresswoman", "politician", "athlete",
      "author", "biography", "autobiography", "netflix", "album", "founded", "founder",
      "co-founder", "cofounder", "hollywood", "headlines", "tweeted", "actor's", "film",
      "movie", "famosa", "famoso", "actriz", "cantante", "entrevista", "libro", "gobernador",
      "presidente", "fundaron", "fundo", "biografia", "memorias");

  /** Words after a name that show the text treats it as a person. */
  static final Set<String> PERSON_VERBS = Words.set(
      "is", "was", "has", "had", "said", "told", "called", "got", "just", "relapsed", "owes",
      "shared", "texted", "went", "came", "left", "asked", "says", "thinks", "from", "who",
      "and", "isn't", "wasn't", "hasn't", "did", "didn't", "does", "doesn't", "will", "can",
      "can't", "won't", "would", "could", "should", "might", "drank", "used", "admitted",
      "relapso", "recayo", "dijo", "conto", "esta", "es", "tiene", "fue", "anda", "volvio",
      "se", "le", "lo", "me", "de", "del", "y", "finally", "still", "always", "never", "keeps",
      "needs", "wants", "stole", "took", "lost", "showed", "stormed");

  /** Everyday words that are never taken as a last name when written in lower case. */
  static final Set<String> NOT_SURNAME = Words.set((
      "a about after again against algo alguien all also although always among amor an and any "
      + "anyone anything april are arrested as ask asked at august away ayer baby back bad "
      + "baker bank banks be because been before being bell between bien big bill bird black "
      + "both boy bridge brother brown bush but by call called came can car carter casa "
      + "christmas church city clean come comes coming como con cook cooper could court crow "
      + "cuando dad daughter day days de dead del dia did died do does don donde door down "
      + "drunk during e each east easter el en end era es esta estan even ever every everyone "
      + "everything eyes face faith fall family far father few field fields fine for forest fox "
      + "frank friday friend friends from fue get gets getting girl go god goes going gold gone "
      + "good got grace gray great green grey gross group grupo guy guys ha had hall han hand "
      + "hands has have hay he head heart her here hill hills him his home hope house how hoy "
      + "hunter husband i if in into is it it's its job joy june junta just kid kids kind king "
      + "la lake lamb las last le left les life like little lo lol long lord los lot lots love "
      + "mal man manana many mark mas may maybe me meeting meetings men mi miller mine mismo "
      + "mom monday money month months moon more morning most mother much muy my nada nadie "
      + "near never new night no nobody noche nor north not nothing now o of off ok okay old on "
      + "once only onto or other otra otro our out over own page para park parker part people "
      + "pero person pope por porque price que rain really relapsed reunion rice rich right "
      + "river rock room rose said same saturday say says school se semana share shared she "
      + "should si side silver sin since sister sky smith snow so sober sobre solo some "
      + "somebody someone something son sort south spring star start still stone storm story "
      + "street stuff su such summer sun sunday sure sus swan tambien taylor tell than that the "
      + "their them then there these they thing things this those though through thursday time "
      + "times to today todo todos told tomorrow tonight too town trabajo tree true tu tuesday "
      + "turner u un una unas under unos until up upon us very vida walker ward was way we "
      + "wednesday week well wells went were west what when where which while white who whom "
      + "whose why wife will winter with within without wolf woman women wood woods work would "
      + "y ya yeah year years yesterday yo you young your "
      ).trim().split(" "));
}
