package org.confidant.guard.crisis;

import java.util.Set;
import org.confidant.guard.safety.PhraseTable;

/**
 * The English and Spanish word patterns that signal danger now, each with a weight.
 *
 * <p>A weight of 2 is enough on its own (explicit suicidal intent, an overdose, an emergency
 * sign); a weight of 1 needs a second signal nearby (hopelessness, a goodbye, being drunk, being
 * about to drive). A weight of 0 claims words that look like a cue but are not ("drunk driving").
 */
final class CrisisCues {
  private CrisisCues() {}

  /** Whose danger a pattern speaks of, and so which subject it needs. */
  enum Mode {
    /** Needs the writer as subject: no other pronoun nearer before it. */
    FIRST,
    /** Names the writer itself ("kill myself", "me quiero morir"). */
    SELF,
    /** Anyone with the writer ("he's not breathing"). */
    ANY
  }

  /** What kind of danger; jokes ("lol") cancel ideation and body cues only. */
  enum Category { IDEATION, FAREWELL, SOCIAL, INTOXICATION, DANGER, BODY, EMERGENCY, INERT }

  /** A pattern's meaning. {@code sentenceFinal}: counts only when it ends its sentence. */
  record Cue(int weight, Mode mode, Category category, boolean sentenceFinal) {}

  static Cue cue(int weight, Mode mode, Category category) {
    return new Cue(weight, mode, category, false);
  }

  static final PhraseTable<Cue> CUES = new PhraseTable<>();

  static {
    Cue ideation2 = cue(2, Mode.FIRST, Category.IDEATION);
    Cue self2 = cue(2, Mode.SELF, Category.IDEATION);
    Cue hopeless1 = cue(1, Mode.FIRST, Category.FAREWELL);
    Cue farewell1 = cue(1, Mode.SELF, Category.FAREWELL);
    CUES.addAll(ideation2,
        "want|wanna|wanting to? die", "want to be dead", "ready to die",
        "wish i was|were dead", "wish i could die|disappear", "wish i could just die|disappear",
        "wish i wasnt|werent alive|born", "wish i would not? wake up",
        "want|wanna it all? to end|stop", "want it to be over", "want it all to be over",
        "want to end everything", "want to end it all", "end it all", "ending it all",
        "thinking about|of ending it|things|everything", "thinking about|of ending my life",
        "going|gonna|about|ready to? end it tonight",
        "suicidal", "commit suicide", "thinking about|of suicide", "attempt suicide",
        "dont want to live|exist|wake up", "do not want to live|exist|wake up",
        "dont wanna live|exist|wake up",
        "dont want to be alive", "do not want to be alive", "dont wanna be alive",
        "dont want to live anymore", "to not wake up", "and not wake up", "so i dont wake up",
        "hope i dont wake up",
        "dont want to be here|around anymore|tonight", "dont wanna be here|around anymore",
        "do not want to be here|around anymore", "dont want to go on",
        "dont want to do this anymore", "dont know if i can keep going", "dont know if i can go on",
        "dont know how much longer i can", "cant|cannot keep going",
        "not going to make it through the night",
        "no reason to live", "nothing left? to live for", "better off dead",
        "dont see the point anymore", "dont see the point in|of living|anything",
        "dont see the point in going on",
        "no point in living", "no point in going on", "planning how|out", "how id|i'd do it",
        "how i would do it",
        "how i would end it", "planning my death|suicide", "tired of living",
        "tired of being alive",
        "wont be here|around tomorrow", "wont be around much longer",
        "this is my last post|message|text|night",
        "scared|afraid of what i might do", "scared|afraid ill do something",
        "dont trust myself not to",
        "i think im dying");
    CUES.addAll(self2,
        "kill|killing|hurt|hurting|harm|harming|off|hang|hanging myself",
        "shoot|shooting|drown|drowning|poison|poisoning myself",
        "cut|cutting myself again?", "kms",
        "take|taking|end|ending my own? life", "better off without me",
        "everyone|everybody|they|family would be better off", "stop being a burden",
        "notice|care|miss me if i was|were|died|disappeared|gone",
        "care|notice|miss|matter if i was|were|died|disappeared|wasnt|werent",
        "notice if i was|were gone", "dont care what happens to me", "dont care if i die|live",
        "dont care if i wake up",
        "dont care if i make it", "wrote a suicide note", "suicide note");
    CUES.addAll(hopeless1,
        "cant|cannot do this anymore", "cant|cannot do this any more",
        "cant|cannot take it|this anymore",
        "cant|cannot go on", "cant|cannot live like this", "i give up", "done fighting",
        "tired of fighting", "no way out", "hopeless", "whats the point", "dont see the point",
        "a burden", "dont trust myself", "nobody would notice|care", "no one would notice|care");
    CUES.addAll(new Cue(1, Mode.FIRST, Category.FAREWELL, true), "so done", "im done");
    // Ordinary goodbyes: they count only beside another, non-social signal.
    CUES.addAll(cue(1, Mode.SELF, Category.SOCIAL),
        "i love you all|guys|everyone|everybody", "thank you for everything",
        "goodbye|bye everyone|everybody|all|guys|forever|friends", "saying goodbye",
        "adios a todos", "please dont be mad|angry", "gracias por todo");
    CUES.addAll(farewell1,
        "written|wrote|writing|left the|a|my note|letter|letters",
        "gonna|going do it tonight", "going to do it tonight", "want|wanna to disappear",
        "nobody|noone needs|wants|loves me", "no one needs|wants|loves me",
        "sorry for everything", "im sorry everyone|everybody|all", "im so sorry everyone|everybody",
        "forgive me for everything",
        "tell my kids|kid|son|daughter|mom|dad|sponsor|wife|husband|family|parents i|that",
        "letters|letter|notes|note to|for my kids|family|wife|husband|son|daughter|parents|mom",
        "giving away my stuff|things");
    CUES.addAll(new Cue(2, Mode.FIRST, Category.IDEATION, true), "going|gonna to? jump",
        "voy a saltar|tirarme|aventarme");
    // Spanish.
    CUES.addAll(self2,
        "quiero|quisiera morir|morirme|matarme|desaparecer|suicidarme", "me quiero morir|matar",
        "me voy a matar|morir", "voy a matarme|suicidarme", "voy a acabar con todo",
        "voy a acabar con mi vida",
        "quitarme la vida", "me quiero quitar la vida", "me voy a quitar la vida",
        "me quiero suicidar", "me voy a suicidar", "acabar con mi vida", "terminar con todo", "terminar con mi vida",
        "pienso|pensando|pensado en matarme|suicidarme|morirme",
        "pienso|pensando|pensado en el suicidio",
        "no quiero vivir|despertar|existir", "no quiero seguir viviendo",
        "ya no quiero estar aqui", "ya no quiero vivir|seguir", "no vale la pena vivir",
        "mejor sin mi",
        "estarian|estaria|estarán mejor sin mi", "nadie me extranaria|notaria|extrañaria",
        "dejar de ser una carga", "hacerme dano|daño", "cortarme otra vez", "cortarme de nuevo", "me corte otra vez", "me corte de nuevo",
        "cortarme las venas",
        "me las tomo todas", "me las voy a tomar todas", "me voy a tomar todas",
        "no me importa lo que me pase", "no me importa morir|morirme",
        "no le veo sentido a la vida", "no le veo sentido a vivir|nada",
        "quiero que todo termine|acabe", "quiero que todo se acabe",
        "estoy suicida", "tengo ganas de morir|morirme|matarme");
    CUES.addAll(cue(1, Mode.SELF, Category.FAREWELL),
        "ya no puedo mas", "ya no aguanto mas", "no aguanto mas", "no puedo mas", "soy una carga",
        "perdon a todos", "perdonenme", "perdoname por todo", "lo siento por todo",
        "estoy en el puente|techo", "estoy en la azotea", "estoy en las vias",
        "no tiene sentido nada|vivir");
    CUES.addAll(cue(1, Mode.FIRST, Category.FAREWELL),
        "on|at the bridge|ledge|edge|roof|rooftop|tracks|railing",
        "dont know why im|i texting|texted|writing|messaging|telling you|this",
        "tonights the night", "tonight is the night", "no se por que te escribo");
    CUES.addAll(ideation2,
        "standing|sitting on the edge|ledge|railing", "cant|cannot be here anymore",
        "thinking about|of jumping|dying", "cant|cannot stop thinking about dying|jumping|suicide",
        "keep thinking about dying|jumping|suicide", "sleep forever", "never wake up",
        "hose running? from|to|in the exhaust", "exhaust pipe", "dormir para siempre",
        "tirarme|aventarme|lanzarme del|de|por|a el|la|un|una|las? "
            + "puente|edificio|techo|balcon|vias|azotea|ventana",
        "cant|cannot keep living", "dont think ill|i make it through the night|tonight",
        "wont make it through the night|tonight", "by the time you read this",
        "ill be gone by", "want|wanna to disappear forever", "disappear forever",
        "standing|sitting on the bridge|roof",
        "driving|drive my car into|off", "crash|crashing my car", "drive off a|the bridge|cliff",
        "jump|jumping off a|the bridge|roof|building|cliff", "jump in front of",
        "step|stepping|walk|walking in front of a|the train|bus|truck|car");
    // Body: a medical emergency of the writer.
    Cue body2 = cue(2, Mode.FIRST, Category.BODY);
    Cue body1 = cue(1, Mode.FIRST, Category.BODY);
    CUES.addAll(body2,
        "chest pain|pains|tightness|pressure|hurts", "chest is hurting",
        "chest is|feels|feel|getting super|really|so|very|kinda? tight|heavy|crushed|tighter",
        "chest feels|feel like", "arm is|feels|went|has numb|tingling", "arm went|has gone numb",
        "cant|cannot breathe", "no para de sangrar", "bleeding wont stop",
        "cant|cannot stop the bleeding", "having a heart attack", "having a stroke|seizure",
        "throwing|coughing up blood", "vomiting blood", "no puedo respirar", "me duele el pecho",
        "dolor en el pecho", "me estoy muriendo");
    CUES.addAll(body1,
        "heart is|keeps racing|pounding", "took something", "bathroom floor",
        "cant|cannot stay awake", "cant|cannot keep my eyes open", "me voy a desmayar", "going to pass out",
        "gonna pass out",
        "cant|cannot feel my legs|arms|hands|face|body", "cant|cannot stop shaking",
        "cant|cannot stop throwing up", "shaking so bad",
        "seeing|see bugs|spiders|things", "hearing|hear voices|things", "hallucinating",
        "heart attack", "no paro de temblar", "veo bichos", "escucho voces");
    // Emergency signs in someone with the writer.
    Cue sign2 = cue(2, Mode.ANY, Category.EMERGENCY);
    Cue sign1 = cue(1, Mode.ANY, Category.EMERGENCY);
    CUES.addAll(sign2,
        "not|barely|isnt|stopped breathing", "wont wake up", "will not wake up", "not waking up",
        "cant|cannot wake him|her|them|em up?", "turning blue|purple",
        "lips are|r|look blue|purple",
        "not responding", "unresponsive", "no pulse", "foaming at the mouth", "is seizing",
        "no respira", "no despierta", "no se despierta", "no reacciona", "no responde",
        "se esta poniendo morado|morada|azul", "esta inconsciente",
        "no puedo despertarlo|despertarla",
        "car|engine running in the garage", "garage with the car|engine running|on",
        "overdosing", "oding", "is od", "is oding");
    CUES.addAll(sign1,
        "passed out", "on the floor", "do|should i call 911", "call 911", "narcan",
        "what do i do", "what should i do", "que hago", "slurring", "arrastrando las palabras",
        "took too much|many", "mixing|mixed pills|xanax|benzos",
        "tome demasiado|demasiadas");
    // Being drunk or high now, and what makes it dangerous.
    Cue intox = cue(1, Mode.FIRST, Category.INTOXICATION);
    CUES.addAll(intox,
        "drunk", "wasted", "hammered", "smashed", "blacked out", "im|getting|still|so high",
        "i am high",
        "already drank", "drank half|most of? the bottle", "drinking right now", "drinking again",
        "drank tonight", "just used", "halfway through a|the|my fifth|bottle|handle",
        "drank a|an|the whole|entire bottle|fifth|handle", "drank a bottle|fifth|handle|pint",
        "drank half a", "drinking a fifth|bottle", "drank|drinking a lot", "drank|drinking so|too much",
        "tome mucho|demasiado",
        "had|drank|downed 4|5|6|7|8|9|10|11|12|13|14|15|20|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve drinks|beers|shots|glasses",
        "too many drinks|beers|shots", "used tonight|today", "relapsed tonight|today",
        "had 2|3|4|5|6|7|8|9|two|three|four|five|six|seven|eight|several already",
        "estoy borracho|borracha|drogado|drogada|tomando", "ya tome", "recai");
    CUES.addAll(cue(1, Mode.FIRST, Category.DANGER),
        "drive|driving", "drive home", "behind the wheel", "car keys", "my keys",
        "get|getting in|into the|my car", "manejar", "manejando", "conducir", "las llaves");
    CUES.addAll(cue(0, Mode.ANY, Category.INERT),
        "drunk driving|driver|drivers|dial|dialing|tank", "drink driving", "drunk driving crash",
        "high school|five", "driving|drove|drive drunk|high|buzzed|impaired", "driving under",
        "me estoy muriendo de", "dying of laughter|boredom|embarrassment|shame",
        "thinking about|of jumping back|into|in|on|at|ahead|ship");
  }

  /** Means of self-harm; pills and knives need a stronger sign of being at hand. */
  static final Set<String> MEANS_STRONG = org.confidant.guard.text.WordTable.of("rope", "noose", "gun", "pistol", "revolver",
      "firearm", "shotgun", "rifle", "razor", "razors", "blade", "blades", "soga", "pistola",
      "arma", "cuerda");
  static final Set<String> MEANS_WEAK = org.confidant.guard.text.WordTable.of("pills", "pill", "knife", "knives", "pastillas",
      "pildoras", "cuchillo", "navaja", "tablets", "meds");
  /** Words that put the means at hand. */
  static final Set<String> AT_HAND = org.confidant.guard.text.WordTable.of("holding", "lined", "counted", "counting", "saved",
      "saving", "stockpiling", "hoarding", "hoarded", "collecting", "collected", "guardando",
      "table", "counter", "nightstand", "beside", "mesa", "count",
      "stockpiled", "stashed", "front", "next", "hand", "lap", "here", "aqui", "enfrente",
      "delante", "ready", "loaded", "cargada", "whole", "all", "every", "enough", "todas",
      "staring", "thinking", "pensando");
  /** At-hand words so plain that they need no first person ("pills are counted out"). */
  static final Set<String> PLAINLY_AT_HAND = org.confidant.guard.text.WordTable.of("lined", "counted", "counting", "stockpiled",
      "stockpiling", "hoarded", "saved", "saving");
  static final Set<String> POSSESS = org.confidant.guard.text.WordTable.of("have", "got", "bought", "hold", "tengo", "compre",
      "out");
  static final Set<String> FIRST_PERSON = org.confidant.guard.text.WordTable.of("i", "im", "ive", "id", "ill", "me", "my",
      "myself", "mine", "yo", "mi", "mis", "tengo", "compre", "estoy");
  static final Set<String> OTHER_PERSON = org.confidant.guard.text.WordTable.of("you", "youre", "youve", "u", "ur", "he",
      "hes", "she", "shes", "they", "theyre", "we", "were", "someone", "somebody", "anyone",
      "anybody", "people", "everyone", "him", "his", "her", "their", "tu", "usted", "ella",
      "who", "us");
  /** People a writer names with "my" as the subject of a sentence about them. */
  static final Set<String> RELATIVES = org.confidant.guard.text.WordTable.of("mom", "mother", "dad", "father", "friend",
      "sponsor", "sponsee", "wife", "husband", "brother", "sister", "son", "daughter", "kid",
      "kids", "roommate", "boyfriend", "girlfriend", "partner", "cousin", "uncle", "aunt",
      "grandma", "grandpa", "buddy", "neighbor", "mama", "papa", "hermano", "hermana", "amigo",
      "amiga", "hijo", "hija", "esposo", "esposa", "novio", "novia", "madre", "padre",
      "padrino", "madrina", "ex", "coworker", "boss");
  static final Set<String> NEGATION = org.confidant.guard.text.WordTable.of("not", "never", "dont", "doesnt", "didnt", "wont",
      "wouldnt", "isnt", "arent", "wasnt", "no", "nunca", "jamas", "almost", "nearly", "casi",
      "cant", "cannot", "without");

  /** Verbs of taking a substance; with a large amount of a drug they make an overdose. */
  static final Set<String> INGEST = org.confidant.guard.text.WordTable.of("took", "swallowed", "downed", "popped",
      "ate", "snorted", "injected", "tome", "trague", "meti", "tomado", "tragado", "take",
      "taking", "swallow", "swallowing", "tomar", "tomarme", "tragar", "tragarme");
  static final Set<String> AMOUNT = org.confidant.guard.text.WordTable.of("all", "whole", "entire", "everything", "handful",
      "bunch", "every", "todas", "todos", "todo", "muchas", "demasiadas", "frasco", "caja", "rest",
      "mucho", "mucha", "muchos",
      "remaining", "leftover", "resto",
      "bottle", "box", "lot");
  static final Set<String> DRUG = org.confidant.guard.text.WordTable.of("pills", "pill", "tylenol", "xanax", "percocet",
      "percs", "oxy", "oxys", "oxycodone", "fentanyl", "fent", "benzos", "klonopin", "valium",
      "ambien", "meds", "medication", "medications", "medicine", "tablets", "pastillas",
      "pildoras", "medicamentos", "sleeping", "heroin", "dope", "lithium", "insulin", "aspirin",
      "advil", "ibuprofen", "acetaminophen", "painkillers", "opioids", "cabinet", "prescription",
      "prescriptions", "morphine", "methadone", "suboxone", "adderall", "gabapentin", "seroquel",
      "antidepressants", "pastilla", "somniferos", "clonazepam", "rivotril");

  /** Markers that put a sentence in the past, a hypothesis or a joke. */
  static final PhraseTable<String> CONTEXT = new PhraseTable<>();

  static {
    CONTEXT.addAll("past", "years|months|year|month|decade|decades|long|weeks ago",
        "a year|month|decade ago", "used to", "when i was", "back when", "back then", "back in",
        "years back", "at my bottom", "in my drinking|using days", "before i got sober|clean",
        "before i came in|into", "last year", "the night when", "that night", "once upon",
        "hace * anos|meses|tiempo|semanas", "hace anos|meses|tiempo|mucho",
        "cuando era|estaba|tenia|bebia|tomaba", "antes de llegar|entrar");
    CONTEXT.addAll("hypothetical", "if you|youre|anyone|someone|somebody|ever|u",
        "anyone|someone|people|those|others who", "for anyone|anybody", "when someone|you",
        "in case", "what to do if", "si alguien|estas|tu|usted|sientes|piensas|alguna",
        "alguien que", "call or text 988", "signs of");
    CONTEXT.addAll("joke", "lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "jk", "jaja",
        "jajaja", "😂", "🤣", "😅", "😆", "💀", "of embarrassment|shame", "laughing",
        "cringe");
  }
}
