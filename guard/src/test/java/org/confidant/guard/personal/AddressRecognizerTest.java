package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.guard.personal.DetailAssertions.assertFlags;
import static org.confidant.guard.personal.DetailAssertions.quotes;

import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRecognizerTest {
  private final AddressRecognizer recognizer = new AddressRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // Formal street addresses.
      "My new address is 901 Harbor View Dr, Apt 3B, can you mail me the book? | 901 Harbor View Dr, Apt 3B",
      "she moved to 12 Forest Hill Rd. in June                             | 12 Forest Hill Rd",
      "Potluck is at my place this year, 2217 Birchwood Lane, ring the side door | 2217 Birchwood Lane",
      "amends list: Tom Hadley, 33 Orchard St. I stole from his store       | 33 Orchard St",
      "The Friday night meeting is at Ellen's house now, 88 Crane Road     | 88 Crane Road",
      "Carpool leaves from Tasha's house, 48 Willow Court, 6am sharp.      | 48 Willow Court",
      "derek (lives at 1420 Sycamore Ave) showed up drunk to the meeting  | 1420 Sycamore Ave",
      "She lives right below me at 3 Quarry Lane. Small world.             | 3 Quarry Lane",
      "send the chips to 3 W 4th St #2 please                              | 3 W 4th St #2",
      "ship it to 1600 Maple Ave NW, Springfield, IL 62704                 | 1600 Maple Ave NW, Springfield, IL 62704",
      "mail the form to P.O. Box 123, thanks                               | P.O. Box 123",
      "14 Elm Street is where I grew up and where my mom still lives       | 14 Elm Street",
      "his place is 220 oak st if you want to check on him                 | 220 oak st",
      "he lives at 1 2 3 Maple Avenue (read out, after normalising)        | 1 2 3 Maple Avenue",
      "still at twenty-two seventeen birchwood if you want the book        | twenty-two seventeen birchwood",
      "I live at fourteen Elm Street now                                   | fourteen Elm Street",
      "he's at twenty-two Birchwood Lane, the green door                   | twenty-two Birchwood Lane",
      // Spanish and other street-first forms.
      "vivo en la calle Olmo 14, 3º B por si quieres pasar                 | calle Olmo 14",
      "Mi casa está en Av. Reforma 220, depto 5                            | Av. Reforma 220",
      "Ronald, 107 Rue Abdelaziz Thâalbi, Apt. 018, El Akarit              | 107 Rue Abdelaziz Thâalbi, Apt. 018",
      "mándalo a C/ Mayor 5, por favor                                     | Mayor 5",
      "Filip lives on Nassaustraat 123 street.                             | Nassaustraat 123",
      "Mi dirección es Calle de la Rosa 22, 2º izquierda                  | Calle de la Rosa 22",
      "Vive en Avenida Insurgentes Sur 1234, Col. Roma                     | Avenida Insurgentes Sur 1234",
      "manden las cartas a Av. Juárez #45 int. 3                           | Av. Juárez #45 int. 3",
      "la casa de Lupe está en calle Morelos número 18                     | calle Morelos número 18",
      "Address: 500 W Madison St Ste 1000, Chicago, IL 60661               | 500 W Madison St Ste 1000, Chicago, IL 60661",
      // Informal addresses after a home cue.
      "the blue house at 14 Elm, apt 3, you can't miss it                  | 14 Elm",
      "I'm at 22 Maple now if you want to come by                          | 22 Maple",
      "still at 22 17 birchwood if you want to drop the book off           | 22 17 birchwood",
      "she's in the yellow duplex on Birch, number 12                      | Birch, number 12",
      "I moved into apartment 4C in the Oakwood building                   | apartment 4C",
      "I live on the corner of 5th and Main by the laundromat, second floor | corner of 5th and Main",
      "Shelby lives at 87 Jakobi 69, Laane                                 | 87 Jakobi 69",
      "Just moved! New place is 77 Sunset Blvd Apt 12, come visit          | 77 Sunset Blvd Apt 12",
      "drop it at my apartment, 5B, the buzzer is broken                   | apartment, 5B",
      "I'm in unit 4 at the Maple Court apartments                         | unit 4",
      "in 2019 I lived at 12 Pine Street with my ex                        | 12 Pine Street",
      // Public venues, numbers that are not house numbers, streets without a number.
      "We meet at St. Mark's, 300 Main St, Room 4                          | ",
      "Our home group's new location: 45 Church Street, side entrance     | ",
      "The Tuesday Step study is at 12 Oak Ave in the back room            | ",
      "we're at 410 Elm St for the Big Book study                          | ",
      "La reunión es en la Parroquia San José, Calle Hidalgo 45            | ",
      "Vivo en la calle Hidalgo, cerca del parque                          | ",
      "Tengo 2 años y 3 meses sin tomar                                    | ",
      "En el paso 4 escribí 3 páginas                                      | ",
      "I was at 3 meetings today                                           | ",
      "1st and 3rd Sundays at 7 Main St Church, downstairs                 | ",
      "I walked two blocks down Main Street to the meeting                 | ",
      "one Main Street shop had my favourite coffee                        | ",
      "Tradition 12 Place principles before personalities                  | ",
      "Meeting list update: the Friday 6pm is moving to the church basement at 220 Oak St, same time. | ",
      "The Lakeside Group meets Mondays 7:30pm at First Methodist, 410 Elm St, Room 12 (open) | ",
      "Open meeting this Saturday 10am at the Grange Hall, 75 Mill Road, all welcome | ",
      "la reunión en español es en el salón parroquial, Calle Mayor 5      | ",
      "Call central office or stop by the intergroup office at 12 Main St  | ",
      "Tonight's reading is from page 86, who wants to read?               | ",
      "Step 4 is brutal, two pages about my old boss                       | ",
      "the night in 2019 when I almost drove off the Route 9 bridge        | ",
      "she lives on Elm Street with her sister                             | ",
      "He's the dentist on Elm. His hygienist told my wife                 | ",
      "the bakery on 3rd is hiring morning staff                           | ",
      "I have 2 kids and 3 dogs                                            | ",
      "meet me at 7 tonight, I'll be at 5 Points Coffee                    | ",
      "we talked for 20 minutes way past midnight                          | ",
      "it took 3 tries to drive again after the accident                   | ",
      "I'm at 90 days today!                                               | ",
      "I'm at ninety days today and at two meetings a week                 | ",
      "I'm at three Big Book studies a week                                | ",
      "I'm at 2 AA meetings a week now                                     | ",
      "I'm at 3 Big Book studies a week                                    | ",
      "Shoutout to the number 14 bus for getting me everywhere             | ",
      "my 2 cents: keep coming back                                        | ",
  })
  void flagsHomeAddressesButNotVenuesOrOtherNumbers(String text, String expected) {
    assertFlags(recognizer, Kind.ADDRESS, text, quotes(expected));
  }

  @Test
  void theWritersOwnAddressIsTheAuthors() {
    List<Finding> mine = DetailAssertions.detect(recognizer, "My new address is 901 Harbor View Dr");
    List<Finding> his = DetailAssertions.detect(recognizer, "Kevin Ostrowski, 14 Pine Hollow Rd.");
    assertThat(mine).singleElement().extracting(Finding::subject).isEqualTo(Subject.AUTHOR);
    assertThat(his).singleElement().extracting(Finding::subject).isEqualTo(Subject.OTHER);
  }
}
