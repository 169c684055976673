package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.confidant.guard.names.NameLexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTest {

  private final DisplayNames names = new DisplayNames(NameLexicon.shared());

  @ParameterizedTest(name = "[{0}] accepted={1}")
  @CsvSource(delimiter = '|', value = {
    "Sam|true",
    "Sam R.|true",
    "Sam R|true",
    "María J.|true",
    "Zoë|true",
    "D'Andre|true",
    "Mary-Jane|true",
    "Jean-Luc P.|true",
    "  Sam   R.  |true",
    "Sam Rogers|false",
    "Maria Jimenez Lopez|false",
    "Sam Ro.|false",
    "Sam-Smith|false",
    "Jane-Gonzalez|false",
    "Sam1|false",
    "Sam R.J.|false",
    "-Sam|false",
    "Sam--R|false",
    "Sam'|false",
    "@sam|false",
    "sam@example.org|false",
    "''|false",
    "Abcdefghijabcdefghijabcdefghijabcdefghijx|false",
  })
  void displayNameIsAFirstNameWithAnOptionalInitial(String raw, boolean accepted) {
    String problem = names.problem(DisplayNames.tidy(raw));
    assertThat(problem == null).as(String.valueOf(problem)).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Sam R.|sam-r",
    "María J.|maria-j",
    "D'Andre|dandre",
    "Mary-Jane|mary-jane",
    "Ωμέγα|member",
  })
  void signInNameSlugIsPlainLowerCase(String name, String slug) {
    assertThat(DisplayNames.slug(name)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Sam Rogers|full name",
    "Sam Ro.|initial",
  })
  void refusalSaysWhyWithoutRepeatingTheName(String raw, String unused) {
    String problem = names.problem(raw);
    assertThat(problem).isNotNull().contains("Sam R.").doesNotContain(raw.split(" ")[1]);
  }
}
