package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumsTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "luhn, 4111111111111111, true",
      "luhn, 4111111111111112, false",
      "luhn, 5356890925363056, true",
      "luhn, 0, false",
      "luhn, 41x1, false",
      "iban, GB82WEST12345698765432, true",
      "iban, gb82west12345698765432, true",
      "iban, DE89370400440532013000, true",
      "iban, DE89370400440532013001, false",
      "iban, ES9121000418450200051332, true",
      "iban, XX00, false",
      "iban, 1234567890123456, false",
      "aba, 011000015, true",
      "aba, 021000021, true",
      "aba, 123456789, false",
      "aba, 000000000, false",
      "aba, 01100001, false",
  })
  void acceptsValidCheckDigitsOnly(String scheme, String value, boolean valid) {
    boolean result = switch (scheme) {
      case "luhn" -> Checksums.luhn(value);
      case "iban" -> Checksums.iban(value);
      default -> Checksums.abaRouting(value);
    };
    assertThat(result).isEqualTo(valid);
  }
}
