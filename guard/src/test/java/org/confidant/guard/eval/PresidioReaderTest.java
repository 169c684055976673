package org.confidant.guard.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Kind;
import org.junit.jupiter.api.Test;

class PresidioReaderTest {
  private static final String SAMPLE = """
      [
        {"full_text": "Call Jane Roberts at 555-0142, or ask Jane. Card 4111 1111 1111 1111.",
         "spans": [
           {"entity_type": "PERSON", "entity_value": "Jane Roberts",
            "start_position": 5, "end_position": 17},
           {"entity_type": "PHONE_NUMBER", "entity_value": "555-0142",
            "start_position": 21, "end_position": 29},
           {"entity_type": "PERSON", "entity_value": "Jane",
            "start_position": 38, "end_position": 42},
           {"entity_type": "CREDIT_CARD", "entity_value": "4111 1111 1111 1111",
            "start_position": 49, "end_position": 68}],
         "template_id": 1},
        {"full_text": "Café Olé: 12 Elm Road\\nSpringfield 40839, mail a@example.com, ZIP: 11164",
         "spans": [
           {"entity_type": "ORGANIZATION", "entity_value": "Café Olé",
            "start_position": 0, "end_position": 8},
           {"entity_type": "ADDRESS", "entity_value": "12 Elm Road",
            "start_position": 10, "end_position": 21},
           {"entity_type": "LOCATION", "entity_value": "Springfield",
            "start_position": 22, "end_position": 33},
           {"entity_type": "ADDRESS", "entity_value": "40839",
            "start_position": 34, "end_position": 39},
           {"entity_type": "EMAIL_ADDRESS", "entity_value": "a@example.com",
            "start_position": 46, "end_position": 59},
           {"entity_type": "ADDRESS", "entity_value": "11164",
            "start_position": 66, "end_position": 71}],
         "template_id": 2}
      ]
      """;

  @Test
  void mapsPresidioLabelsOntoTheGuardsKindsAndIgnoresTheRest() throws Exception {
    List<Example> examples = new PresidioReader().read(new StringReader(SAMPLE));
    assertEquals(2, examples.size());

    Example first = examples.get(0);
    assertEquals("presidio-0", first.id());
    assertEquals(Channel.DIRECT, first.channel());
    assertEquals(List.of(
        new Example.Expected(org.confidant.guard.Rule.PERSONAL_INFO, Kind.FULL_NAME,
            "Jane Roberts"),
        new Example.Expected(org.confidant.guard.Rule.PERSONAL_INFO, Kind.PHONE, "555-0142"),
        new Example.Expected(org.confidant.guard.Rule.PERSONAL_INFO, Kind.ID_NUMBER,
            "4111 1111 1111 1111")), first.expect());
    assertEquals(List.of(new Example.Span(38, 42)), first.ignore()); // "Jane" alone

    Example second = examples.get(1);
    // Offsets are code points; "Café Olé" is all in the basic plane, so they equal UTF-16 here.
    assertEquals(List.of(
        new Example.Expected(org.confidant.guard.Rule.PERSONAL_INFO, Kind.ADDRESS,
            "12 Elm Road\nSpringfield 40839"),
        new Example.Expected(org.confidant.guard.Rule.PERSONAL_INFO, Kind.EMAIL,
            "a@example.com")), second.expect());
    assertEquals(List.of(new Example.Span(0, 8), new Example.Span(66, 71)), second.ignore());
  }

  @Test
  void convertsCodePointOffsetsAndRelocatesSpansWhoseOffsetsAreOff() throws Exception {
    String json = """
        [{"full_text": "\\uD83D\\uDE4F thanks Ana Ruiz", "spans": [
           {"entity_type": "PERSON", "entity_value": "Ana Ruiz",
            "start_position": 9, "end_position": 17}]},
         {"full_text": "ask Bo Lind", "spans": [
           {"entity_type": "PERSON", "entity_value": "Bo Lind",
            "start_position": 0, "end_position": 3}]}]
        """;
    List<Example> examples = new PresidioReader().read(new StringReader(json));
    assertEquals("Ana Ruiz", examples.get(0).expect().get(0).quote());
    assertEquals("Bo Lind", examples.get(1).expect().get(0).quote());
  }

  @Test
  void rejectsWhatIsNotAnArrayOfEntriesNamingThePosition() {
    PresidioReader r = new PresidioReader();
    assertThrows(IllegalArgumentException.class, () -> r.read(new StringReader("{}")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.read(new StringReader("[{\"full_text\": \"ok\"}, {\"spans\": []}]")));
    assertEquals(true, e.getMessage().startsWith("entry 1"));
  }
}
