package org.confidant.guard.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word lists for {@link Terms}: stop words, one-form mappings and language cues. */
final class Lexicon {
  private Lexicon() {}

  /** Function words and fillers in English and Spanish (accents folded and not). */
  static final Set<String> STOP = org.confidant.guard.text.WordTable.copyOf(java.util.Arrays.asList((""
      // English pronouns, determiners, prepositions, conjunctions
      + "i me my mine myself we us our ours you your yours he him his himself she her hers "
      + "herself it its itself they them their theirs themselves this that these those a an the "
      + "and or but if so because as of at by for with about into onto from to in on out up "
      + "down over under again then than there here when where why how what which who whom "
      + "whose all any both each some such no nor not only own same too very just also even "
      + "still really like lol ok okay yeah oh um well "
      // English auxiliaries and light verbs
      + "am is are was were be been being have has had having do does did doing done will "
      + "would shall should can could may might must get gets got gotten getting say says said "
      + "saying tell tells told telling "
      // Recovery talk too common to tell one share from another
      + "sober sobriety year years yr yrs day days month months week weeks time times meeting "
      + "meetings program today tonight ago last night yesterday tomorrow morning evening go "
      + "goes going went gone "
      // Spanish
      + "el la los las lo un una unos unas de del al a en y e o u que por para con sin su sus "
      + "mi mis tu tus me te se le les nos yo ella ellos ellas usted es era eran fue fueron ser "
      + "estar esta estaba estaban estoy este esto eso ese esa esos esas muy mas pero como "
      + "cuando porque si ya todavia aun tambien hay ha han habia he hemos tengo tiene tenia "
      + "dijo conto conté conto cuenta todo todos toda todas nada algo alguien cada "
      + "más también todavía había tenía contó dijo aún él tú sí está estás están").split(" ")));

  /** Irregular forms, number words and a few synonyms, mapped to one stemmed form. */
  static final Map<String, String> MAP = new HashMap<>();

  /**
   * Fellowship slogans: shares quote them all the time, so pairs of their terms are never
   * fingerprinted (repeating a slogan repeats no one's share).
   */
  static final List<String> SLOGANS = List.of(
      "one day at a time", "keep coming back", "it works if you work it", "easy does it",
      "let go and let god", "first things first", "this too shall pass",
      "progress not perfection", "just for today", "higher power", "live and let live",
      "god grant me the serenity to accept the things I cannot change",
      "courage to change the things I can", "wisdom to know the difference",
      "think the drink through", "play the tape forward", "meeting makers make it",
      "don't drink and go to meetings", "fake it till you make it", "hungry angry lonely tired",
      "we are only as sick as our secrets", "more will be revealed", "principles before personalities",
      "keep it simple", "the promises", "a day at a time", "sólo por hoy", "un día a la vez",
      "sigue viniendo", "poco a poco se va lejos", "vive y deja vivir", "primero lo primero");

  /** Words frequent in Spanish text and absent from English. */
  static final Set<String> SPANISH_CUES = org.confidant.guard.text.WordTable.of(
      "que", "de", "la", "el", "en", "y", "los", "las", "por", "con", "su", "mi", "lo", "una",
      "del", "es", "se", "no", "para", "pero", "como", "le", "me", "al", "porque", "muy");

  /** Words frequent in English text and absent from Spanish. */
  static final Set<String> ENGLISH_CUES = org.confidant.guard.text.WordTable.of(
      "the", "and", "to", "of", "i", "in", "that", "he", "she", "my", "was", "it", "is", "you",
      "his", "her", "they", "with", "for", "on", "at", "have", "been", "this", "but", "so");

  static {
    english("drove driven driving drives drive", "drive");
    english("drank drunk drinking drinks drinker", "drink");
    english("lost losing loses", "lose");
    english("left leaving leaves", "leave");
    english("took taken taking takes", "take");
    english("came coming comes", "come");
    english("found finding finds", "find");
    english("felt feeling feels", "feel");
    english("thought thinking thinks", "think");
    english("kept keeping keeps", "keep");
    english("slept sleeping sleeps", "sleep");
    english("stole stolen stealing steals", "steal");
    english("broke broken breaking breaks", "break");
    english("fell fallen falling falls", "fall");
    english("ran running runs", "run");
    english("saw seen seeing sees", "see");
    english("knew known knowing knows", "know");
    english("gave given giving gives", "give");
    english("sat sitting sits", "sit");
    english("swore sworn swearing swears", "swear");
    english("paid paying pays", "pay");
    english("bought buying buys", "buy");
    english("spent spending spends", "spend");
    english("hid hidden hiding hides", "hide");
    english("wrote written writing writes", "write");
    english("began begun beginning begins", "begin");
    english("hurt hurting hurts", "hurt");
    english("beat beaten beating beats", "beat");
    english("fought fighting fights", "fight");
    english("made making makes", "make");
    english("died dying dies dead death", "die");
    english("mom mum mommy mama mother mothers moms madre madres mami", "mother");
    english("padre padres papi", "father");
    english("dad daddy papa father fathers dads", "father");
    english("kid kids child children", "child");
    english("cop cops police", "police");
    english("booze alcohol liquor", "alcohol");
    english("grand thousand", "thousand");
    english("cry cried crying cries", "cry");
    english("pill pills meds medication medications", "med");
    numbers("1st", "first");
    numbers("2nd", "second");
    numbers("3rd", "third");
    numbers("one uno una", "1");
    numbers("two dos", "2");
    numbers("three tres", "3");
    numbers("four cuatro", "4");
    numbers("five cinco", "5");
    numbers("six seis", "6");
    numbers("seven siete", "7");
    numbers("eight ocho", "8");
    numbers("nine nueve", "9");
    numbers("ten diez", "10");
    numbers("eleven", "11");
    numbers("twelve doce", "12");
    numbers("fifteen quince", "15");
    numbers("twenty veinte", "20");
    numbers("thirty treinta", "30");
    numbers("forty cuarenta", "40");
    numbers("fifty cincuenta", "50");
    numbers("sixty sesenta", "60");
    numbers("hundred cien", "100");
  }

  private static void english(String forms, String base) {
    String stem = Terms.stemEnglish(base);
    for (String f : forms.split(" ")) {
      MAP.put(f, stem);
    }
  }

  private static void numbers(String forms, String digits) {
    for (String f : forms.split(" ")) {
      MAP.put(f, digits);
    }
  }
}
