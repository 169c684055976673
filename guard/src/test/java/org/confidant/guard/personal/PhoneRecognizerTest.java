package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneRecognizerTest {
  private final PhoneRecognizer phone = new PhoneRecognizer();

  /** Text, then the stretches that must be flagged (joined by " | "), "" for none. */
  static Stream<Arguments> flagsPersonalNumbersButNotPublicOnesOrOtherDigits() {
    return Stream.of(
        // Personal numbers, however they are written.
        arguments("Newcomers, my number is 555-0134, call anytime, I mean it.", "555-0134"),
        arguments("anyone who needs a ride Sunday text me 555.0162 - Walt", "555.0162"),
        arguments("Updated list: Beth A. 555-0121, Omar F. 555-0139, Kim Z. 555 0156. Text first!",
            "555-0121 | 555-0139 | 555 0156"),
        arguments("the numbers are 555-0121, 555-0139", "555-0121 | 555-0139"),
        arguments("call me 5 5 5 - 0 1 3 4 tonight", "5 5 5 - 0 1 3 4"),
        arguments("my cell is 5 5 5, 0 1 3 4 if you want to talk", "5 5 5, 0 1 3 4"),
        arguments("new number is 5 5 5 0 1 8 8, old phone got stolen", "5 5 5 0 1 8 8"),
        arguments("Lucy asked me to pass on her new number: 555 01 92.", "555 01 92"),
        arguments("Here's my number: (312) 555-0199. Text before you call.", "(312) 555-0199"),
        arguments("Here's my number: (555) 555-0134.", "(555) 555-0134"),
        arguments("reach me on +1 555 555 0134 after 6", "+1 555 555 0134"),
        arguments("His cell is 555-0178, tell him I sent you.", "555-0178"),
        arguments("If you can't reach the hotline, call me at 555-0134.", "555-0134"),
        arguments("If you see him call 555-0183. Please share!", "555-0183"),
        arguments("Desk: 986.291.2294x751", "986.291.2294x751"),
        arguments("Please have the manager call me at (96) 627-277 soon", "(96) 627-277"),
        arguments("Can someone call me on 21 212 133 2727? I have questions.", "21 212 133 2727"),
        arguments("call me on 3125550199 tomorrow", "3125550199"),
        arguments("ring me on 07700 900123 after work", "07700 900123"),
        arguments("Call me at 234-567-8901 tomorrow", "234-567-8901"),
        arguments("my number (234)567-8901 x123", "(234)567-8901 x123"),
        arguments("+44(0)1632 960 960 is my office", "+44(0)1632 960 960"),
        arguments("My phone number is 612345678", "612345678"),
        arguments("Houston, TX 77058 555-0134", "555-0134"),
        arguments("Our group phone list: Mike 555-0111 / Jen 555-0112", "555-0111 | 555-0112"),
        arguments("5550111 or 5550112", "5550111 | 5550112"),
        arguments("Jake's number is 555-0147 but don't tell him", "555-0147"),
        arguments("Call Jen at 555-0112 or the hotline at 1-800-555-0199", "555-0112"),
        arguments("in case you need me, 555-0134", "555-0134"),
        arguments("My sponsor's cell: 555-0115", "555-0115"),
        // Spanish.
        arguments("Si alguien quiere hablar, mi número es 5 5 5, 0 1 7 3. Llamen cuando sea.",
            "5 5 5, 0 1 7 3"),
        arguments("Mi celular es 55 5123 4567, escríbeme por WhatsApp", "55 5123 4567"),
        arguments("mi número: +34 612 34 56 78", "+34 612 34 56 78"),
        arguments("llámame al +54 9 11 1234-5678", "+54 9 11 1234-5678"),
        arguments("llámame al 612 34 56 78 cuando salgas", "612 34 56 78"),
        // Public numbers: helplines, emergency numbers, offices.
        arguments("Today I'm 2 years sober. The SAMHSA helpline is 1-800-662-4357, free.", ""),
        arguments("the national helpline is 1-800-662-HELP (4357), and 988 if it's urgent", ""),
        arguments("PSA: if you're thinking about suicide, call or text 988. You matter.", ""),
        arguments("My friend is passed out, do I call 911??", ""),
        arguments("Looking for a meeting? Call central office at 555-0100.", ""),
        arguments("You can always call the intergroup line, 555-0100, if I don't pick up.", ""),
        arguments("Intergroup's hotline number is now 555-0100, please update the cards.", ""),
        arguments("If you ever can't reach me, the intergroup hotline is 555-0100.", ""),
        arguments("The AA line 1-800-555-0100 answers all night", ""),
        arguments("If he comes to yours, call the church office at 555-0144.", ""),
        arguments("555-0100 is the central office number, they're great", ""),
        arguments("Si estás luchando, hay ayuda gratuita y confidencial: 1-800-662-4357.", ""),
        arguments("la línea de ayuda del intergrupo es 555-0100", ""),
        arguments("Dial-in for the phone meeting: +1 555 555 0100", ""),
        arguments("join by phone +1 555 555 0100 meeting id 812 3456 7890", ""),
        arguments("the number for the AA hotline is 1-800-555-0199", ""),
        arguments("The SAMHSA line: 1 800 662 4357", ""),
        arguments("Call 1 (800) 273-8255 if you need it", ""),
        arguments("Crisis Text Line: text HOME to 741741", ""),
        arguments("The hospital main line is (555) 555-0100", ""),
        // Digits that are something else.
        arguments("meets Mondays 7:30pm at First Methodist, 410 Elm St, Room 12", ""),
        arguments("clean date 6/1/2020, and my actual birthday is 12/05/1979", ""),
        arguments("I was born 03.11.1988 so technically a Pisces", ""),
        arguments("DOB 1988-11-03, sober since 2019-05-03", ""),
        arguments("born 12 05 1979, sober 2019 05 03", ""),
        arguments("I relapsed in 2015 2017 2019 before it stuck", ""),
        arguments("Our closed meeting is online! Zoom 555 018 9921, passcode: hope2024", ""),
        arguments("Zoom ID 555 013 4420, no passcode needed.", ""),
        arguments("the new link is zoom.example.com/j/5550172 pw: steps12", ""),
        arguments("the rental place wants a second driver's SSN. Mine is 666 41 0927", ""),
        arguments("my ssn for the application is 913-27-4408", ""),
        arguments("my license number D228-4417-0093, in case the office finds it", ""),
        arguments("probation case number PB-2023-0419", ""),
        arguments("docket 2024-CV-3318 and case #CR-22-55190", ""),
        arguments("I want to cancel my card 4532 2766 4457 7020", ""),
        arguments("We raised $1,250,000 and fed 1,234,567 people", ""),
        arguments("drank from 1990-1995 and again 2001–2004", ""),
        arguments("page 417, steps 4-5-6-7-8-9-10, 83–84", ""),
        arguments("90 in 90, 12 days, 3 years", ""),
        arguments("zip 77058-1234", ""),
        arguments("version 10.0.19041 crashed, IP 58.74.121.78", ""),
        arguments("Format: Name: Jane D. / Phone: 555-XXXX / Home group: Tuesday", ""),
        arguments("order number 4155552671 shipped", ""),
        arguments("pi is 3.14159265", ""),
        arguments("My account number is 12345678", ""),
        arguments("ISBN 978-3-16-148410-0", ""),
        arguments("Call 1-800-FLOWERS for a bouquet", ""),
        arguments("Tracking 1Z999AA10123456784", ""),
        arguments("coordinates 40.7128, -74.0060; temperatures 98.6 99.1 100.4", ""),
        arguments("Scores: 21-14, 35-28. Population 8,336,817", ""),
        arguments("Big Book pages 58 59 60 61", ""),
        arguments("We read steps 1 2 3 4 5 6 7 tonight", ""),
        arguments("count with me: 1 2 3 4 5 6 7 8; 9 8 7 6 5 4 3", ""),
        arguments("Intergroup (555-0100) has the list; AA central office 555-0100, open 9-5", ""),
        arguments("Chip count: 24 hours, 30 60 90 days, 6 9 12 18 months", ""),
        arguments("Zoom meeting ID: 812 3456 7890 Passcode: 123456", ""),
        arguments("IBAN ES91 2100 0418 4502 0005 1332", ""),
        arguments("He owes me $1 234 567", ""),
        arguments("La reunión es de 19.30-21.00 y los sábados 10.00 - 11.30", ""),
        arguments("", ""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource
  void flagsPersonalNumbersButNotPublicOnesOrOtherDigits(String text, String expected) {
    assertThat(Detect.flagged(phone, text)).isEqualTo(expected);
  }

  @Test
  void reportsWhoseNumberItIsWithoutRepeatingIt() {
    List<Finding> mine = Detect.findings(phone, "my number is 555-0134");
    List<Finding> his = Detect.findings(phone, "His cell is 555-0178");
    assertThat(mine).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.AUTHOR);
      assertThat(f.rule()).isEqualTo(Rule.PERSONAL_INFO);
      assertThat(f.kind()).isEqualTo(Kind.PHONE);
      assertThat(f.recognizer()).isEqualTo("personal-info/phone");
      assertThat(f.explanation()).contains("your own phone number").doesNotContain("555");
    });
    assertThat(his).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.OTHER);
      assertThat(f.explanation()).contains("someone else's phone number")
          .contains(Rule.PERSONAL_INFO.principle()).doesNotContain("555");
    });
  }

  @Test
  void scoresClearNumbersAboveWeakDisguisedForms() {
    double clear = Detect.findings(phone, "text me at 555-0134").get(0).score();
    double weak = Detect.findings(phone, "the list: 5 5 5 1 2 3 4").get(0).score();
    assertThat(clear).isGreaterThanOrEqualTo(0.9);
    assertThat(weak).isLessThan(clear);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"5550134", "5550116", "3125550199",
      "4155550100", "2025550143", "912345678", "612345678", "7911123456", "20123456", "98765432",
      "55512345678", "2345678", "9999999", "34912345678", "5215512345678"})
  void validAnywhereAgreesWithTheOrderedJudgement(String digits) {
    int ordered = PhoneRecognizer.validity(digits, false);
    int any = PhoneRecognizer.validAnywhere(digits, false);
    assertThat(any == PhoneRecognizer.NOT_VALID).isEqualTo(ordered == PhoneRecognizer.NOT_VALID);
  }
}
