package org.confidant.guard.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullNameRecognizerTest {
  private static final FullNameRecognizer RECOGNIZER = new FullNameRecognizer();

  /** The flagged stretches of {@code text}, joined by ';'. */
  private static List<Finding> findings(String text, String members, String author) {
    List<String> m = members == null ? List.of() : Arrays.asList(members.split(";"));
    Message msg = Message.builder(text, Channel.DIRECT).author(author).members(m).build();
    List<Finding> out = new ArrayList<>();
    RECOGNIZER.recognize(new Analysis(msg, new Normalizer().normalize(text)), out);
    return out;
  }

  private static String flagged(String text, List<Finding> found) {
    List<String> parts = new ArrayList<>();
    for (Finding f : found) {
      parts.add(text.substring(f.start(), f.end()));
    }
    return String.join(";", parts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # text                                                              | members          | author  | flagged
      Shout out to Priya Shah for the coffee                                | -                | -       | Priya Shah
      shout out to priya shah for bringing the donuts                       | Priya S.         | -       | priya shah
      thanks to priya shah for the ride                                     | -                | -       | priya shah
      Welcome to our newcomer tonight, Grace Lindqvist!                     | -                | -       | Grace Lindqvist
      Jake Torres has been in and out of detox                              | -                | -       | Jake Torres
      I read Jake Torres's message twice                                    | -                | -       | Jake Torres
      Mary Ellen Hughes chaired tonight                                     | -                | -       | Mary Ellen Hughes
      My neighbor Sean O'Brien drives me to meetings                        | -                | -       | Sean O'Brien
      Ask Ana Smith-Jones about the retreat                                 | -                | -       | Ana Smith-Jones
      Dr. Ana Ruiz signed my court card                                     | -                | -       | Ana Ruiz
      so apparently mike brennan from the 6am group got a DUI               | Mike B.          | -       | mike brennan
      Safety heads-up: derek lyle showed up drunk again                     | -                | -       | derek lyle
      Write this down for my amends list: Tom Hadley, 33 Orchard St.        | -                | -       | Tom Hadley
      Congratulations to Ellen Marsh (20 years) and Carlos Gutierrez!       | -                | -       | Ellen Marsh;Carlos Gutierrez
      Her real last name is Lindqvist, she works at the bank                | Grace L.         | -       | Lindqvist
      Mi padrino se llama José Luis Rodríguez y vive cerca                  | -                | -       | José Luis Rodríguez
      Felicidades a María García López por sus 5 años                       | -                | -       | María García López
      gracias a juan martínez por el café de hoy                            | -                | -       | juan martínez
      Su apellido es Fernández, por si acaso                                | -                | -       | Fernández
      Could you please correct it to Mrs. Yuuka Shimasaki?                  | -                | -       | Yuuka Shimasaki
      It's under my partner's name Severin Akhtar                           | -                | -       | Severin Akhtar
      Our 3 founders: Debra Neal, Peverell Racine and Iolanda Tratnik.      | -                | -       | Debra Neal;Peverell Racine;Iolanda Tratnik
      have you heard Nelma Grönholm speak yet?                              | -                | -       | Nelma Grönholm
      MY NAME IS DEBRA NEAL                                                 | -                | -       | DEBRA NEAL
      Me llamo Azarías Segovia Nava y soy alcohólico                        | -                | -       | Azarías Segovia Nava
      pásale mi número a jorge castillo por favor                           | -                | -       | jorge castillo
      Thanks Mary-Kate Olsen-Smith for hosting                              | -                | -       | Mary-Kate Olsen-Smith
      maybe it's under gregory kowalczyk                                    | -                | -       | gregory kowalczyk
      follow up with kevin andersson in 2 months                            | -                | -       | kevin andersson
      bot: what's the name on the account? user: brenda hovestad            | -                | -       | brenda hovestad
      the new guy is named tom otila, he's from out of state                | -                | -       | tom otila
      Mike B. and Kim Z. are chairing this week                             | Mike B.;Kim Z.   | -       | -
      Thanks Mike for chairing, and Sarah for the coffee                    | -                | -       | -
      Bill W. and Dr. Bob started the fellowship in Akron                   | -                | -       | -
      Bill Wilson and Bob Smith met in 1935                                 | -                | -       | -
      Elton John and Mark Twain both had a lot to say about it              | -                | -       | -
      The meeting is at Grace Church on Hope Street                         | -                | -       | -
      Will Power alone never kept me sober                                  | -                | -       | -
      We planted a Rose Garden; Bill Pay is due; the June Meeting is long   | -                | -       | -
      I used to drink Jack Daniels every night                              | -                | -       | -
      Read page 58 of the Big Book and say the Serenity Prayer              | -                | -       | -
      My Higher Power got me through Christmas                              | -                | -       | -
      I moved from Santa Monica to San Diego, then Fort Worth and Saint Paul | -               | -       | -
      My wife goes to Al Anon on Mondays                                    | -                | -       | -
      Fill in the form like this: John Doe, or Jane Doe, First Last         | -                | -       | -
      Sarah Jake and Mike will bring chairs                                 | -                | -       | -
      my sponsor said hope will come                                        | -                | -       | -
      I GOT MY LICENSE BACK TODAY after 3 years!!!                          | -                | -       | -
      Gracias a Dios y al Poder Superior, hoy cumplo un año                 | -                | -       | -
      Nos vemos en la Calle Mayor con Juan y Pedro                          | -                | -       | -
      The coffee shop on Whittaker Street and Kate Edger Place              | -                | -       | -
      Mary Ellen is chairing, Mary Beth is doing coffee                     | -                | -       | -
      An IDLE extension; Apply IDLE syntax; Mike DUI again                  | -                | -       | -
      I called my sponsor Pat Monday and she picked up                      | -                | -       | -
      Grace Lutheran has the Friday meeting now                             | -                | -       | -
      Nos vemos en la reunión del Grupo Esperanza en San José               | -                | -       | -
      I read Brené Brown and Anne Lamott every morning                      | -                | -       | -
      Martin Luther King Day meeting is still on                            | -                | -       | -
      Feliz cumpleaños Lupe! Gracias a mi madrina Rosa por todo             | -                | -       | -
      The restaurant is at 19 1755 Nelson Mandela Drive                     | -                | -       | -
      Please return to 06 Reyes Católicos 17                                | -                | -       | -
      Joe and Charlie tapes are the best Big Book study ever                | -                | -       | -
      going with sarah tonite, told mike abt it                             | -                | -       | -
      Sarah Palin and Jenny Craig were on TV; Father Ed Dowling too         | -                | -       | -
      Gracias Juan Carlos por el café, y a Ana María también                | -                | -       | -
      said hi to jason outside; my boss kevin keeps asking; with nicole afterwards | -           | -       | -
      thanks mike for the ride home, tell jake congrats on 30 days          | -                | -       | -
      Mike Tuesday was rough but I stayed sober                             | -                | -       | -
      """)
  void flagsPrivateFullNamesButNotFirstNamesInitialsPublicFiguresOrPlaces(String text,
      String members, String author, String expected) {
    assertEquals(expected == null ? "" : expected, flagged(text, findings(text, members, author)));
  }

  @Test
  void reportsTheWritersOwnFullNameAsTheAuthors() {
    String text = "Celebrating 10 years today! — Dana Whitfield";
    List<Finding> found = findings(text, null, "Dana W.");
    assertEquals(1, found.size());
    assertEquals(Subject.AUTHOR, found.get(0).subject());
    String other = "Thanks to Dana Whitfield for the ride";
    assertEquals(Subject.OTHER, findings(other, null, "Sam R.").get(0).subject());
    String intro = "Hi all, my name is Marcus Jennings and I'm an alcoholic";
    assertEquals(Subject.AUTHOR, findings(intro, null, null).get(0).subject());
  }

  @Test
  void findingsAreFullNameFindingsWithAnExplanationThatCitesTheRuleAndHidesTheName() {
    String text = "Ray Dunbar sponsors a lot of vets";
    Finding f = findings(text, null, null).get(0);
    assertEquals(Rule.PERSONAL_INFO, f.rule());
    assertEquals(Kind.FULL_NAME, f.kind());
    assertEquals(FullNameRecognizer.ID, f.recognizer());
    assertTrue(f.explanation().contains(Rule.PERSONAL_INFO.principle()));
    assertTrue(!f.explanation().contains("Ray") && !f.explanation().contains("Dunbar"));
  }

  @Test
  void survivesJunkAndRunsInLinearTime() {
    StringBuilder b = new StringBuilder();
    String[] words = {"Mary ", "Ellen ", "de ", "la ", "Cruz ", "O'", "-", "\uD800", "Smith's ",
        "\n", "Dr. ", "y "};
    for (int k = 0; b.length() < 1_000_000; k++) {
      b.append(words[(k * 7) % words.length]);
    }
    String text = b.toString();
    Message msg = Message.builder(text, Channel.DIRECT).members(List.of("Mary E.")).build();
    Analysis analysis = new Analysis(msg, new Normalizer().normalize(text));
    List<Finding> found = new ArrayList<>();
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long ms = Long.MAX_VALUE;
    for (int run = 0; run < 4; run++) {
      found.clear();
      long t0 = cpu.getCurrentThreadCpuTime();
      RECOGNIZER.recognize(analysis, found);
      ms = Math.min(ms, (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000);
    }
    assertTrue(ms < 500, "took " + ms + " ms of CPU");
    for (Finding f : found) {
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end());
    }
    for (String s : new String[] {"", " ", "'", "-", "\uDC00", "A", "A B", "Dr.", "y de la"}) {
      findings(s, "A B.", "A B.");
    }
  }
}
