package org.confidant.guard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleTest {

  /** Rows: text | listed members | words of the mention | expected kind (or NONE). */
  @ParameterizedTest(name = "row {index}: {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Jake T. relapsed again                      | Jake T. | Jake T             | FELLOW",
      "i saw jake at the diner                     | Jake T. | jake               | FELLOW",
      "My sponsee Jake is doing great              |         | My sponsee Jake    | FELLOW",
      "Lupe from my home group called              |         | Lupe               | FELLOW",
      "the new woman at the Monday meeting cried   |         | the new woman      | FELLOW",
      "the guy who chairs Thursday is great        |         | the guy            | FELLOW",
      "our treasurer brought donuts                |         | our treasurer      | FELLOW",
      "one of my sponsees called                   |         | one of my sponsees | FELLOW",
      "mi ahijada Lucía cumple un año              |         | mi ahijada Lucía   | FELLOW",
      "la nueva del grupo de los lunes llegó       |         | la nueva           | FELLOW",
      "el que coordina los jueves llegó tarde      |         | el que coordina    | FELLOW",
      "Please pray for Chuy, he is sick            |         | Chuy               | FELLOW",
      "my husband works nights                     |         | my husband         | OUTSIDER",
      "my cousin Jessica Pryor wants a sponsor     |         | my cousin Jessica Pryor | OUTSIDER",
      "the new guy at work is nice                 |         | the new guy        | OUTSIDER",
      "someone shared about her dad                |         | someone            | VAGUE",
      "one of the old-timers said it               |         | one of the old-timers | VAGUE",
      "a lot of us relapse                         |         | a lot of us        | VAGUE",
      "a guy at a meeting once told me             |         | a guy              | VAGUE",
      "the speaker tonight was funny               |         | the speaker        | VAGUE",
      "My name is Tasha and I'm grateful           |         | Tasha              | WRITER",
      "Elton John talked openly in his memoir      |         | Elton John         | PUBLIC",
      "Grace and peace to all of you               |         | Grace              | NONE",
      "Will you be there tonight?                  |         | Will               | NONE",
      "We meet at St. Vincent's on Main            |         | Vincent            | NONE",
      "Open meeting at the Grange Hall tonight     |         | Hall               | NONE",
  })
  void findsIdentifiablePeopleButNotNobodyInParticular(String text, String members,
      String words, String kind) {
    Message m = Message.builder(text.trim(), Channel.GROUP)
        .members(members == null ? List.of() : List.of(members.trim())).build();
    Tokens t = Tokens.of(m.text());
    People p = People.find(t, m);
    String found = "NONE";
    for (Mention x : p.mentions()) {
      String span = m.text().substring(t.get(x.first()).start(), t.get(x.last()).end());
      if (span.equals(words.trim())) {
        found = x.kind().name();
      }
    }
    assertThat(found).isEqualTo(kind.trim());
  }
}
