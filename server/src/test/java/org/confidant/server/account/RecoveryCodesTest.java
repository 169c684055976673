package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryCodesTest {

  @Test
  void tenDistinctCodesOfFourGroupsWithoutLookAlikes() {
    List<String> codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10);
    assertThat(new HashSet<>(codes)).hasSize(10);
    assertThat(codes).allMatch(c -> c.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ABCD-EFGH-JKLM-NPQR|abcd efgh jklm npqr|true",
    "ABCD-EFGH-JKLM-NPQR|ABCDEFGHJKLMNPQR|true",
    "ABCD-EFGH-JKLM-NPQR|ABCD-EFGH-JKLM-NPQS|false",
    "ABCD-EFGH-JKLM-NPQR|ABCD-EFGH-JKLM|false",
  })
  void typingIgnoresCaseSpacesAndDashes(String code, String typed, boolean same) {
    assertThat(RecoveryCodes.hash(code).equals(RecoveryCodes.hash(typed))).isEqualTo(same);
    assertThat(RecoveryCodes.hash(code)).hasSize(64).doesNotContain(code);
  }
}
