package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailRecognizerTest {
  private final EmailRecognizer email = new EmailRecognizer();

  /** Text, then the stretches that must be flagged (joined by " | "), "" for none. */
  static Stream<Arguments> flagsPeoplesAddressesButNotPublicOnesOrPlaceholders() {
    return Stream.of(
        arguments("For those asking, my email is luis.ramirez88@example.com — I'll send them",
            "luis.ramirez88@example.com"),
        arguments("Write to me at dana.w.sober@example.com if you want to start a book club!",
            "dana.w.sober@example.com"),
        arguments("Here's Sarah's email, she said it's fine: sarah.k.1987@example.com",
            "sarah.k.1987@example.com"),
        arguments("Luis Ramirez, luis.r.recovery@example.net, 555-0127.",
            "luis.r.recovery@example.net"),
        arguments("send it to jen.q.sober@example.com.", "jen.q.sober@example.com"),
        arguments("(ellen.marsh@example.org) is the best way", "ellen.marsh@example.org"),
        arguments("What's your email? LeaVLind@example.co.uk", "LeaVLind@example.co.uk"),
        arguments("a@example.com and b_c+d@mail.example.org",
            "a@example.com | b_c+d@mail.example.org"),
        arguments("The intergroup chair's email is jen.q@example.org", "jen.q@example.org"),
        arguments("email me at info@jakes-plumbing.example.com", "info@jakes-plumbing.example.com"),
        arguments("Mi correo es carlos.ferreira@example.com, mándame la lista",
            "carlos.ferreira@example.com"),
        arguments("el correo de Lupe es lupe.g@example.com", "lupe.g@example.com"),
        arguments("Mi correo es carlos.ferreira en example punto com, mándame la lista",
            "carlos.ferreira en example punto com"),
        arguments("mi email: lupe en correo punto example punto mx",
            "lupe en correo punto example punto mx"),
        // Public and placeholder addresses, and things that are not addresses.
        arguments("Type your email like name@example.com in the box", ""),
        arguments("Escribe tu correo así: tunombre@ejemplo.com", ""),
        arguments("enter it in the format firstname.lastname@gmail.com", ""),
        arguments("my address is name@gmail.com", "name@gmail.com"),
        arguments("Questions? Write to info@example.org at the central office", ""),
        arguments("The intergroup office is at intergroup@example.org", ""),
        arguments("You can order literature from orders@aa.org", ""),
        arguments("oficina central: contacto@example.org", ""),
        arguments("meet @ 7pm, bring coffee", ""),
        arguments("@everyone the meeting moved", ""),
        arguments("jake@localhost and foo@bar and @jake_t", ""),
        arguments("a@.com, b@c., d@e..com", ""),
        arguments("vivo en casa punto com, nos vemos en el centro punto", ""),
        arguments("Follow my journey@instagram.com/priya.sobriety", ""),
        arguments("", ""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource
  void flagsPeoplesAddressesButNotPublicOnesOrPlaceholders(String text, String expected) {
    assertThat(Detect.flagged(email, text)).isEqualTo(expected);
  }

  @Test
  void reportsTheWritersOwnAddressAsTheirsWithoutRepeatingIt() {
    Finding mine = Detect.findings(email, "my email is luis.r@example.com").get(0);
    Finding hers = Detect.findings(email, "her email is jen.q@example.com").get(0);
    assertThat(mine.subject()).isEqualTo(Subject.AUTHOR);
    assertThat(mine.kind()).isEqualTo(Kind.EMAIL);
    assertThat(mine.recognizer()).isEqualTo("personal-info/email");
    assertThat(mine.explanation()).contains("your own email address").doesNotContain("luis");
    assertThat(hers.subject()).isEqualTo(Subject.OTHER);
    assertThat(hers.explanation()).contains("someone else's email address").doesNotContain("@");
  }
}
