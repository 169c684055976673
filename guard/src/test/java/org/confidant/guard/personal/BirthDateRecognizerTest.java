package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.guard.personal.DetailAssertions.assertFlags;
import static org.confidant.guard.personal.DetailAssertions.quotes;

import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateRecognizerTest {
  private final BirthDateRecognizer recognizer = new BirthDateRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // Birth dates, English.
      "She was born on March 3, 1985 in Ohio.                        | March 3, 1985",
      "DOB 03/14/1990, probation officer needs it                     | 03/14/1990",
      "her birthday is 6/2/88 if you want to send a card              | 6/2/88",
      "my birthday is July 4th, so fireworks every year               | July 4th",
      "I was born 03.11.1988 so technically a Pisces haha             | 03.11.1988",
      "Birthday girl! Sarah, born April 9, 1992, best sister ever     | April 9, 1992",
      "Grateful tonight, my son was born 2 June 2011 and I'm sober    | 2 June 2011",
      "Intake form: D.O.B. 1991-07-22, insurance pending              | 1991-07-22",
      "12/05/1979 is my birthday btw                                  | 12/05/1979",
      "Her birthday's March 3rd, don't forget                         | March 3rd",
      "b-day is Jan 5 1987 for the calendar                           | Jan 5 1987",
      "birthdays for the dinner: Priya's is 11/30/1994 and Tasha's is 4/2/1999 | 11/30/1994 ;; 4/2/1999",
      "cake calendar: clean date 6/1/2020, and my actual birthday is 12/05/1979 | 12/05/1979",
      "we were both born the 3rd of May, 1990                         | the 3rd of May, 1990",
      "born on March third, 19 85 (spelled out, after normalising)    | March third, 19 85",
      "her DOB is the twenty-first of June 1979                       | twenty-first of June 1979",
      // Birth dates, Spanish.
      "fecha de nacimiento 14/03/1990                                 | 14/03/1990",
      "nací el 3 de marzo de 1985, así que ya saben                   | 3 de marzo de 1985",
      "su cumpleaños es el 5 de mayo de 1990                          | 5 de mayo de 1990",
      "Mi fecha de nacimiento: 2/11/1975                              | 2/11/1975",
      "Datos: F. nac. 14/03/1990, domicilio conocido                  | 14/03/1990",
      "mi cumple es el 3 de mayo, ¡hay pastel!                        | 3 de mayo",
      "mi hija nació el 12 de enero de 2010                           | 12 de enero de 2010",
      "born 1/1/1950, died 1/1/2020, rest in peace                    | 1/1/1950",
      // Sobriety dates, anniversaries and other dates: not birth dates.
      "I've been sober since 3/14/2019 and my birthday is next week   | ",
      "Happy birthday to my son! He turned 12 on March 3              | ",
      "My birthday is coming up on the 14th                           | ",
      "I was born on a Tuesday in 1985                                | ",
      "My sobriety date is 2019-03-14                                 | ",
      "Mi fecha de sobriedad es el 14 de marzo de 2019                | ",
      "Cumplo 3 años el 5 de mayo, ¡vengan!                           | ",
      "Lupe cumple 2 años de sobriedad el 5 de mayo                   | ",
      "¡Mi ahijada cumple un año en AA el 14 de marzo!                | ",
      "my 2-year birthday is March 3, so come celebrate               | ",
      "sober since March 3, 2021 and grateful                         | ",
      "My sobriety date is May 3, 2019, almost 5 years                | ",
      "Adding myself to the cake calendar: clean date 6/1/2020        | ",
      "Happy AA birthday to me! Got my chip on 4/12/2023              | ",
      "mi cumpleaños de sobriedad es el 3 de marzo                    | ",
      "mi aniversario es el 14/03/2019                                | ",
      "celebrating 5 years on June 1 at the Tuesday meeting           | ",
      "she's 34 and doing great                                       | ",
      "I was born in 1985, the year everything changed                | ",
      "The business meeting is on March 3, 2024 after the 10am        | ",
      "Elton John has talked openly about getting sober in 1990.      | ",
      "Happy sobriety birthday Luis!!! 3 years                        | ",
      "my birthday party is at the park, bring snacks                 | ",
      "I relapsed on 3/4/2019. The day I was born again was 3/5/2019. | ",
  })
  void flagsBirthDatesButNotSobrietyDatesOrOtherDates(String text, String expected) {
    assertFlags(recognizer, Kind.BIRTH_DATE, text, quotes(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "my DOB is 03/14/1990                      | AUTHOR",
      "I was born 14 February 1986               | AUTHOR",
      "nací el 3 de marzo de 1985                | AUTHOR",
      "her birthday is 6/2/88                    | OTHER",
      "my son was born 2 June 2011               | OTHER",
      "Sarah, born April 9, 1992                 | OTHER",
  })
  void tellsTheWritersOwnBirthDateFromSomeoneElses(String text, Subject subject) {
    List<Finding> found = DetailAssertions.detect(recognizer, text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).subject()).isEqualTo(subject);
  }
}
