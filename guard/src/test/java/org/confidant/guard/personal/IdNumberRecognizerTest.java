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

class IdNumberRecognizerTest {
  private final IdNumberRecognizer recognizer = new IdNumberRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // Checksums: payment cards (Luhn), IBAN (mod 97), routing numbers (ABA).
      "my card is 4111 1111 1111 1111 exp next year                 | 4111 1111 1111 1111",
      "Please block card no 5356890925363056                         | 5356890925363056",
      "put it on 4111-1111-1111-1111 and I'll pay you back           | 4111-1111-1111-1111",
      "IBAN: GB82 WEST 1234 5698 7654 32 for the refund              | GB82 WEST 1234 5698 7654 32",
      "mi cuenta es ES9121000418450200051332, gracias                | ES9121000418450200051332",
      "wire it: routing 011000015, account 004512398877              | 011000015 ;; 004512398877",
      // Social security numbers.
      "my ssn for the sober living application is 913-27-4408        | 913-27-4408",
      "they want a second driver's SSN. Mine is 666 41 0927, ok?     | 666 41 0927",
      "social security 219099999 is on the form                      | 219099999",
      "mi número de seguro social es 219-09-9999                     | 219-09-9999",
      "my ssn is 9 1 3, 2 7, 4 4 0 8 (read out, after normalising)    | 9 1 3, 2 7, 4 4 0 8",
      "Updated list: Beth 555-0121, 555-0139, Kim 555 0156           | ",
      // Licences, passports, accounts, member ids.
      "Lost my wallet, it has my license in it, number D228-4417-0093 | D228-4417-0093",
      "My driver's license number is 481195160                       | 481195160",
      "licencia de conducir: B1234567                                | B1234567",
      "passport number X12345678, expires soon                       | X12345678",
      "el número de pasaporte es G12345678                           | G12345678",
      "checking acct 1234567890 at the credit union                  | 1234567890",
      "Medicaid ID W123456789 for the intake                         | W123456789",
      "inmate number 4471902, write to him                           | 4471902",
      // Court cases and dockets, with and without a cue.
      "The case is 2024-TR-7781 if anyone wants to write the judge   | 2024-TR-7781",
      "My hearing for case 24-CR-01187 is next Tuesday               | 24-CR-01187",
      "court date moved, docket 2024-CV-3318                         | 2024-CV-3318",
      "DOB 07/22/1991, probation case number PB-2023-0419            | PB-2023-0419",
      "It's for case #CR-22-55190, weekly proof of meetings          | CR-22-55190",
      "his number at the jail is 2024-CF-001234                      | 2024-CF-001234",
      "expediente 1234/2023 del juzgado                              | 1234/2023",
      "Mi número de cuenta es 0123 4567 8901 2345 6789                | 0123 4567 8901 2345 6789",
      "My case worker said my Medicaid number is 123456789A           | 123456789A",
      "El expediente 345/2023 del juzgado familiar                    | 345/2023",
      "Her docket # is 23-DR-4421, hearing Monday                     | 23-DR-4421",
      "Mi CURP es GARC850101HDFRRL09                                  | GARC850101HDFRRL09",
      // Not identifiers.
      "My probation officer's number is 555-0143                      | ",
      "card ending in 4421, account number ends with 0093             | ",
      "We need to account for the 2024-25 budget                      | ",
      "ISBN 978-1-893007-16-1 is the 4th edition                      | ",
      "tracking number 1Z999AA10123456784                             | ",
      "the meeting ID is 812 3456 7890                                | ",
      "Room 1203 at the hospital                                      | ",
      "Call 1-800-662-4357 any time                                   | ",
      "Case 3: the time I drove drunk                                 | ",
      "The 7th tradition collected $212.50                            | ",
      "Mobile: 041-412-293 Desk: 986.291.2294x751                     | ",
      "I GOT MY LICENSE BACK TODAY after 3 years!!!                  | ",
      "Open online meeting: Zoom ID 555 013 4420, no passcode needed | ",
      "Our closed meeting: Zoom 555 018 9921, passcode: hope2024     | ",
      "Meeting ID 8123 4567 8901 on Sundays                          | ",
      "Spring roundup tickets are $15, cash or check                 | ",
      "call me at 555-0134 after work                                | ",
      "my bank account likes me now                                  | ",
      "Boss is on my case nonstop, no day off in 12 days             | ",
      "order 4111 1111 1111 1112 arrived                             | ",
      "On 03/14/2024 the case was closed, thank God                  | ",
      "the zip is 62704 and it's a nice area                         | ",
      "read page 86 and do step 4                                    | ",
      "in case 14 people show up bring chairs                        | ",
      "COVID-19 kept me home, and I-95 was closed                    | ",
      "I have 1,247 days today                                       | ",
      "court card for case number... I forgot it                     | ",
  })
  void flagsIdentifiersButNotPhonesDatesPricesOrMeetingIds(String text, String expected) {
    assertFlags(recognizer, Kind.ID_NUMBER, text, quotes(expected));
  }

  @Test
  void theWritersOwnNumberIsTheAuthors() {
    List<Finding> mine = DetailAssertions.detect(recognizer, "my ssn is 913-27-4408");
    List<Finding> his = DetailAssertions.detect(recognizer, "His social security number is 531-21-7351");
    assertThat(mine).singleElement().extracting(Finding::subject).isEqualTo(Subject.AUTHOR);
    assertThat(his).singleElement().extracting(Finding::subject).isEqualTo(Subject.OTHER);
  }
}
