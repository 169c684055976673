package org.confidant.guard.cases;

import org.confidant.guard.people.Phrases;

/**
 * Words and phrases, English and Spanish, that name a private matter: relapse and use, health,
 * legal trouble, money, family and sexual matters, danger. Written in {@link
 * org.confidant.guard.people.Tokens#key} form (lower case, no accents).
 *
 * <p>Ambiguous everyday words are guarded: "drinking" is not a matter before "coffee", "using"
 * is not before "the", "dealing" is not before "with", "broke" only counts as being out of money.
 */
final class PrivateMatters {
  private PrivateMatters() {}

  private static final String BEVERAGES = "coffee|tea|water|soda|pop|juice|kombucha|milk|"
      + "seltzer|sparkling|decaf|lemonade|cider|la|club|na|n/a|non-alcoholic|mocktails|the|"
      + "buddy|buddies|age|fountain|game|games";
  private static final String NOT_USING = "the|a|an|his|her|my|your|their|our|it|this|that|"
      + "zoom|to|some|those|these|any|them|him|me|us|what|whatever|one|words|tools|steps|step";

  static final Phrases<Matter> LEXICON = new Phrases<Matter>()
      .add(Matter.USE,
          "relaps*", "drinking again", "drinks !" + BEVERAGES, "sneaking drink*",
          "sneaking a drink|drinks|beers", "drinking at work", "using again", "drinking !" + BEVERAGES, "drank",
          "drunk", "drunken", "wasted", "hammered", "hungover", "blackout drunk",
          "got|was|getting|gets|stays|stayed|been high", "went back out", "back out there",
          "picked up again", "picked up a drink", "picked up a drug", "slipped !my|on|up|and|"
              + "out|in|away|into|through|off|past|by|down|under|back",
          "had a slip", "his|her|their slip", "using !" + NOT_USING, "used again",
          "shooting up", "smoking crack|meth|weed|pot", "snorting", "on meth|heroin|coke|dope",
          "meth", "heroin", "cocaine", "fentanyl", "percocet|percocets|percs", "oxy|oxys|"
              + "oxycontin|oxycodone", "xanax|xannies|benzos|opioids|opiates|painkillers",
          "dealing !with", "od'd|od|o.d|oded", "overdos*", "cutting again",
          "cutting herself|himself|themselves", "self-harm*", "recay*", "recaida*", "recae|recaer|recaen",
          "volvio a tomar|beber|consumir|usar|drogarse|caer", "anda tomando|bebiendo|"
              + "consumiendo|drogandose", "tomando|bebiendo|consumiendo otra vez|de nuevo",
          "borrach*", "drogad*", "se drogo|droga|emborracho|emborracha", "sobredosis",
          "gambling again")
      .add(Matter.HEALTH,
          "diagnos*", "cancer", "chemo*", "tumor", "cirrhosis", "transplant", "biopsy", "hiv",
          "hepatitis", "hep c", "std|stds|sti|stis", "herpes", "pregnant", "miscarriage",
          "abortion", "rehab", "detox", "treatment center", "in treatment",
          "psych ward", "psych hospital", "psychiatric", "psychiatrist", "mental hospital",
          "hospitalized", "in the hospital", "in hospital", "icu", "emergency room",
          "on meds", "off his|her|their meds", "meds", "lithium", "antidepress*", "bipolar",
          "schizophren*", "depressed", "depression", "eating disorder", "anorexi*", "bulimi*",
          "hearing voices", "dementia", "alzheimer*", "seizure*", "had a stroke",
          "heart attack", "terminally ill", "in a coma", "dialysis", "surgery", "in a wheelchair",
          "broke her|his|their wrist|arm|leg|jaw|nose|ribs", "sober living",
          "diagnostic*", "quimio*", "vih", "sida", "embarazad*", "aborto", "internad*",
          "hospitalizad*", "en el hospital", "psiquiatr*", "desintox*", "centro de rehabilitacion",
          "rehabilitacion", "en un|el anexo", "al anexo", "anexad*", "depresion", "cirrosis", "cancer", "diabetes",
          "liver|kidney|heart failure", "his|her|their liver")
      .add(Matter.LEGAL,
          "dui|duis|dwi|owi", "arrest*", "jail", "prison", "county jail", "going to county",
          "locked up", "behind bars", "probation", "parole", "probation officer",
          "court date", "court-ordered", "court ordered", "in court", "to court", "court case",
          "court hearing", "trial !period|version|run|basis", "sentenced", "charged with",
          "pressing charges", "facing charges", "felony", "misdemeanor", "warrant",
          "convicted", "public defender", "lawyer", "attorney", "restraining order",
          "custody", "cps", "stole|stealing|steals|theft|shoplift*", "skimming", "embezzl*",
          "violated", "carcel", "preso|presa", "arrestad*", "detenid*", "juicio", "juez",
          "custodia", "libertad condicional", "demanda*", "robar|robo|robando",
          "la policia", "abogado", "deport*", "ice detention", "hit and run", "drunk driving",
          "license suspended", "suspended license", "lost his|her|their license")
      .add(Matter.MONEY,
          "bankrupt*", "owes|owed !me|us|you", "in debt", "debt|debts", "is|was|so|flat|totally|dead|"
              + "completely|went|he's|she's|they're|stone broke !the|up|down|into|out|in|"
              + "through|free|off|away|a|an|his|her|my|your|their|our|it|even|ground|bread",
          "evicted", "eviction", "foreclos*", "lost his|her|their job", "got fired", "fired !up",
          "laid off", "unemployed", "gambl*", "couch surfing", "couch-surfing", "homeless",
          "living in her|his|their car", "kicked out", "lost everything", "lost the house",
          "irs", "repossess*", "deuda*", "le debe", "debe dinero|plata|lana", "quiebra",
          "desalojad*", "echaron del trabajo", "despedid*", "sin trabajo", "sin casa",
          "en la calle", "perdio el|su trabajo|casa|chamba", "apuestas", "skimming")
      .add(Matter.FAMILY,
          "divorc*", "separated", "wife left", "husband left", "left his wife",
          "left her husband", "kicked her|him|them out", "took the kids", "take her|his|their kids",
          "won't let him|her|them see", "kids taken", "lost custody", "family doesn't know",
          "family doesn't even know", "wife doesn't know", "husband doesn't know",
          "still doesn't know", "hits her|him", "hit her|him", "beats her|him", "beat her|him",
          "abuse*", "abusive", "molest*", "raped|rape", "assault*", "domestic violence",
          "no lo|la|le perdona", "no le habla|hablan", "ya no le habla", "lo dejo su esposa|mujer",
          "la dejo su esposo|marido", "le quitaron a sus hijos", "le quitaron los ninos",
          "se divorcio|separo", "su esposa lo dejo", "su esposo la dejo", "golpea*",
          "le pega|pegaba", "changed the locks")
      .add(Matter.SEX,
          "cheat*", "affair", "sleeping with", "slept with", "hooking up", "hooked up",
          "dating", "engan*", "is|he's|she's|they're|es gay|lesbian|lesbiana|bisexual|transgender",
          "came out as gay|trans|bi|lesbian|bisexual", "amante", "se acuesta con", "se acosto con")
      .add(Matter.DANGER,
          "suicid*", "kill himself|herself|themselves", "killing himself|herself|themselves",
          "last seen", "hasn't been seen",
          "missing !the|a|an|you|him|her|them|me|meetings|meeting|out|my|his|our|your|their|it|"
              + "this|that|some|work|class|home|piece|pieces|link|so", "desaparecid*", "nobody has heard from",
          "thinking about suicide", "wants to die", "quiere morir*", "se quiere matar");
}
