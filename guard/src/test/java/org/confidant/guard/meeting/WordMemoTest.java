package org.confidant.guard.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordMemoTest {

  /**
   * Whatever path a word takes (the static table of listed words, the plain-word shortcut or the
   * full description), the memo describes it exactly as the plain definitions do.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"the", "The", "THE", "tHe", "shared", "Shared", "SHARED", "said",
      "what's", "what’s", "What’s", "tuesday's", "Tuesday's", "meeting's", "study", "studies",
      "night", "week", "drinking", "Drinking", "drove", "DROVE", "percocet", "cocaína",
      "Cocaína", "reunión", "contó", "Contó", "didn't", "didn’t", "i", "I", "i'm", "I’m",
      "7pm", "90", "dos", "Dos", "mom's", "Mike", "Mike's", "yelling", "stormed", "group",
      "grupo", "señora", "naïve", "ß", "ﬁx"})
  void describesEveryWordAsTheDefinitionsDo(String word) {
    Tokens t = new Tokens(word + " and " + word);
    assertThat(t.size).isEqualTo(3);
    String l = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    String b = l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
    String term = Terms.term(l, false);
    for (int i : new int[] {0, 2}) {
      assertThat(t.lower[i]).isEqualTo(l);
      assertThat(t.base(i)).isEqualTo(b);
      assertThat(t.words.englishTerm[t.id[i]]).isEqualTo(term);
      assertThat(t.words.spanishTerm(t.id[i])).isEqualTo(Terms.term(l, true));
      assertThat(t.content[i]).isEqualTo(!ReportCues.GENERIC.contains(l)
          && !Character.isDigit(l.charAt(0)) && term != null);
      assertThat(t.maybeMeeting[i]).isEqualTo(ReportCues.MEETING.contains(b)
          || b.equals("study") || b.equals("studies"));
      assertThat(t.maybeTime[i]).isEqualTo(ReportCues.TIME.contains(b) || b.equals("night")
          || b.equals("week"));
    }
    assertThat(t.id[0]).isEqualTo(t.id[2]);
  }

  @Test
  void givesEachDistinctWordOneIdInOrderOfFirstUse() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 700; i++) { // past several growths of the table
      words.add("w" + i);
    }
    String text = String.join(" ", words) + " " + String.join(" ", words);
    Tokens t = new Tokens(text);
    assertThat(t.size).isEqualTo(1400);
    assertThat(t.words.count).isEqualTo(700);
    for (int i = 0; i < 700; i++) {
      assertThat(t.id[i]).isEqualTo(i);
      assertThat(t.id[700 + i]).isEqualTo(i);
      assertThat(t.lower[700 + i]).isEqualTo("w" + i);
    }
  }
}
