package org.confidant.guard.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoercionRecognizerTest {
  private final CoercionRecognizer recognizer = new CoercionRecognizer();

  private List<Finding> detect(String text) {
    Analysis a = new Analysis(Message.of(text, Channel.DIRECT), new Normalizer().normalize(text));
    List<Finding> out = new ArrayList<>();
    recognizer.recognize(a, out);
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # Requests for someone's details, however friendly.
      what's your last name?                                                   | true
      send me your address                                                     | true
      give me your number                                                      | true
      I need your Facebook password                                            | true
      what's her number?                                                       | true
      where does Jake live?                                                    | true
      Can I get your email?                                                    | true
      Does anybody have Mike's phone number?                                   | true
      Hey, who's the new guy? What's his name?                                 | true
      Text me your home address so I can drop off the book                     | true
      tell me where you live or I'll find out anyway                           | true
      # Pressure to tell one's story, threats to out someone.
      you have to tell the group what you did                                  | true
      you can't be a real member unless you share your full name               | true
      Everyone has to introduce themselves with their full name, that's the rule | true
      I'll tell everyone you're in AA unless you pay me back                   | true
      # Spanish.
      ¿cuál es tu apellido?                                                    | true
      mándame tu dirección                                                     | true
      tienes que contarle al grupo lo que hiciste                              | true
      Pásame el número de Lupe                                                 | true
      ¿Dónde vive Carlos?                                                      | true
      Necesito tu contraseña de Facebook                                       | true
      Si no me das tu nombre completo, le digo a todos que estás en AA         | true
      # Offers, exchanges, non-personal requests, sponsor suggestions: fine.
      here's my number, text me anytime                                        | false
      want to swap numbers? no pressure                                        | false
      what page is the reading?                                                | false
      can you send me the Zoom link?                                           | false
      call me tomorrow and read pages 83-84                                    | false
      How are you doing today?                                                 | false
      What's the number for central office?                                    | false
      Does anyone have the address for the Tuesday meeting?                    | false
      You don't have to share if you're not ready.                             | false
      Tell me how your week went!                                              | false
      I'll send you my address later                                           | false
      Can I give you my number?                                                | false
      What's your sobriety date?                                               | false
      My sponsor says I have to tell my wife about the money                   | false
      I have to share my story at the speaker meeting Saturday, so nervous!    | false
      Thanks for sharing your story tonight                                    | false
      Sign-up sheet: first name and last initial only please                   | false
      put your sponsor's number in your phone before you leave                 | false
      te paso mi número por si quieres hablar                                  | false
      ¿me mandas el link de la reunión?                                        | false
      Si quieres, intercambiamos números, sin presión.                         | false
      """)
  void flagsRequestsForDetailsAndPressureButNotOffers(String text, boolean coercion) {
    List<Finding> found = detect(text);
    assertEquals(coercion, !found.isEmpty(), text);
    for (Finding f : found) {
      assertEquals(Rule.COERCION, f.rule());
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end());
      assertFalse(f.explanation().contains(text.substring(f.start(), f.end())));
    }
  }

  @Test
  void requestAndItsThreatMakeOneFinding() {
    String text = "Message me your name or I start posting everyone's last names here.";
    assertEquals(1, detect(text).size());
  }

  @Test
  void explanationCitesTheRuleWithoutTheText() {
    String e = detect("what's your last name?").get(0).explanation();
    assertTrue(e.contains(Rule.COERCION.principle()));
    assertFalse(e.contains("last name"));
  }

  @Test
  void neverThrowsAndStaysLinearOnHugeAdversarialInput() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("what's your your last name send me tell the group what you did where do ");
    }
    long t = System.nanoTime();
    detect(sb.toString());
    detect("\uD800 \uDFFF\u0000'''...");
    detect("");
    // Generous: the build machine is shared; a quadratic scan would take minutes here.
    assertTrue(System.nanoTime() - t < 15_000_000_000L, "too slow");
  }
}
