package org.confidant.guard.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingReportRecognizerTest {
  private final MeetingReportRecognizer recognizer = new MeetingReportRecognizer();

  private List<Finding> findings(String channel, String text) {
    Message m = Message.of(text, Channel.parse(channel));
    List<Finding> out = new ArrayList<>();
    recognizer.recognize(new Analysis(m, new Normalizer().normalize(text)), out);
    return out;
  }

  /** quote: a stretch the finding must overlap, or "-" when nothing may be flagged. */
  @ParameterizedTest(name = "[{index}] {0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      group   | At Tuesday's meeting Mike said he's been drinking again.                  | he's been drinking again
      group   | Someone shared last night that her husband hits her when he drinks.       | her husband hits her
      direct  | In group today Sarah talked about her divorce and the custody fight.      | her divorce
      direct  | in group today sarah talked about her divorce and the custody fight       | her divorce
      direct  | You should have heard what the new guy shared.                            | the new guy shared
      sponsor | En la reunión del martes Ana contó que su hijo está en la cárcel.         | su hijo está en la cárcel
      public  | At my home group last night an old-timer admitted he relapsed on pills.   | he relapsed on pills
      group   | Did you hear Tom at the Friday meeting? He lost his job and his wife kicked him out. | his wife kicked him out
      direct  | Ayer en el grupo Rosa dijo que su esposo la engaña con su hermana.        | su esposo la engaña
      group   | During the step study Maria opened up about her abortion.                 | her abortion
      sponsor | The speaker at the Saturday meeting talked about the night he crashed his car into a school bus. | crashed his car
      group   | At the women's meeting Lisa cried about her miscarriage and her marriage.  | her miscarriage
      direct  | Dave confessed in the rooms tonight that he has been stealing from his boss. | stealing from his boss
      group   | Jorge compartió anoche que perdió la custodia de sus hijos.               | perdió la custodia
      group   | Pete showed up high to the Monday meeting and passed out in the back.     | showed up high
      public  | Heard a crazy story at group tonight: some lady's son stole her car to buy heroin. | son stole her car
      group   | The new girl's share about her eating disorder made everyone cry.         | her eating disorder
      group   | Mike told us at the meeting that he's been cheating on his wife.          | cheating on his wife
      direct  | can u believe what jess said at group?? she's pregnant and it's her sponsor's baby | she's pregnant
      direct  | ¿Oíste a Lupe en la junta? La corrieron del trabajo por robar.            | La corrieron del trabajo
      sponsor | Our treasurer shared Sunday that he gambled away the rent money.          | gambled away the rent money
      group   | Did anyone else see Greg yelling at the secretary during the business meeting? | yelling at the secretary
      public  | Un señor en mi grupo contó que perdió a su hija por las drogas.           | perdió a su hija
      group   | Mike's share last night was about his wife leaving him.                   | his wife leaving him
      sponsor | He brought up his affair at the Tuesday meeting.                          | his affair
      direct  | At the meeting, Tom was talking about how he lost his house.              | he lost his house
      group   | Pedro habló en la reunión de su divorcio.                                 | su divorcio
      direct  | The guy who chaired tonight said he's going through a divorce.            | going through a divorce
      sponsor | Walt relapsed on his anniversary. He said so at the Tuesday meeting.      | Walt relapsed
      group   | Did you hear what happened at the Tuesday meeting? Kevin threw a chair at the secretary. | Kevin threw a chair
      direct  | At group tonight Mike said his dad died.                                  | his dad died
      direct  | Ana lloró toda la reunión del martes.                                     | Ana lloró
      group   | Bob reeked of booze at the noon meeting again.                            | reeked of booze
      group   | Tom keeps hitting on the newcomers at the Friday meeting.                 | hitting on the newcomers
      sponsor | Jeff se puso a gritar en la junta.                                        | gritar
      direct  | Not to gossip but Dana told the whole group she's been sleeping with her sponsee. | sleeping with her sponsee
      group   | Did you know Frank is on probation? He mentioned it at group.             | Frank is on probation
      direct  | So at the Thursday night meeting this lady starts talking about how her son died of an overdose | her son died
      sponsor | Guess who shared about her DUI tonight 👀                                  | her DUI
      group   | Anyone else notice Rick nodding off during the whole meeting?             | nodding off
      direct  | Mark was so high at the meeting last night                                | so high
      direct  | ¿Supiste lo que compartió Luis anoche? Que lo van a deportar.             | lo van a deportar
      group   | Mi madrina dijo en la reunión que su hijo está en rehabilitación          | su hijo está en rehabilitación
      group   | Mike shared with the group that his wife is leaving.                      | his wife is leaving
      direct  | Jen shared in group that she's pregnant.                                  | she's pregnant
      group   | Great meeting tonight, thanks to everyone who came!                       | -
      sponsor | My sponsee shared with me that he's struggling with porn.                 | -
      sponsor | Jake admitted tonight he's been drinking again, we talked for an hour.    | -
      group   | Tonight Mike shared his 5 year chip with us, so proud!                    | -
      group   | Qué bonita la junta de hoy, Pedro compartió de su fe.                     | -
      direct  | Jen shared in confidence that she's pregnant.                             | -
      public  | Had a great meeting tonight. The speaker talked about gratitude and service. | -
      group   | At the step meeting the chair talked about step 3 and surrender.          | -
      sponsor | My sponsor told me at the meeting that I need to call her more.           | -
      sponsor | I cried through the whole meeting.                                        | -
      direct  | Everyone was crying at the meeting, so much love in that room.            | -
      group   | the whole room was crying at group tonight                                | -
      sponsor | Mike and I had a fight before the meeting, all good now.                  | -
      group   | At the business meeting Sarah said we need a new treasurer.               | -
      group   | What happened at the business meeting? Did we vote on the budget?         | -
      public  | The meeting was packed tonight, someone said it was the biggest crowd in years. | -
      sponsor | My sponsee shared for the first time tonight! So proud of him.            | -
      direct  | Kevin shared tonight and it was beautiful.                                | -
      direct  | Sarah's share tonight really moved me.                                    | -
      group   | I heard a great share tonight about gratitude.                            | -
      group   | Thank you all for listening to me share tonight.                          | -
      public  | The speaker was amazing tonight.                                          | -
      sponsor | I shared about my dad tonight and it felt good.                           | -
      sponsor | Shared tonight for the first time about my dad. Felt good.                | -
      meeting | At Tuesday's meeting Mike said he's been drinking again.                  | -
      group   | Tonight's reading is from page 86.                                        | -
      group   | Mike said at group the meeting is moving to 7pm starting next week.       | -
      group   | At tonight's meeting we talked a lot about gratitude and acceptance.      | -
      direct  | Your share tonight really helped me, thank you.                           | -
      group   | Please remember what's said at the meeting stays at the meeting.          | -
      direct  | Sarah said she'd save me a seat at the meeting tonight.                   | -
      direct  | Jake told me after the meeting that he got a new job.                     | -
      group   | Thanks Sarah for chairing and for sharing your story tonight.              | -
      public  | Grateful for my home group. We meet Tuesdays at 7.                        | -
      sponsor | Lots of people shared about their families tonight.                       | -
      public  | Elton John has talked openly about getting sober in 1990.                 | -
      direct  | My sponsor said I should go to more meetings this month.                  | -
      group   | The speaker shared her experience, strength and hope. Beautiful meeting.  | -
      sponsor | At the meeting tonight I admitted I've been struggling with my marriage.  | -
      sponsor | En la reunión de hoy compartí sobre mi papá y me sentí mejor.             | -
      direct  | She shared her number with me at the meeting so we can carpool.           | -
      direct  | Hi! We met at the Sunday meeting, I'm the one with the loud laugh.        | -
      group   | Reminder: what you hear here, let it stay here.                           | -
      sponsor | Meeting tonight was really good. Topic was gratitude.                     | -
      direct  | I need you to tell me what Sarah said about me at the women's meeting.    | -
      group   | Whoever from the Tuesday group told my boss about my drinking, shame on you. | -
      group   | Recordatorio: la reunión de los jueves es a las 7pm en el salón.          | -
      direct  | I'm sorry I yelled at you at the business meeting.                        | -
      """)
  void flagsReportsOfWhatSomeoneSharedButNotTheWritersOwnOrLogistics(String channel,
      String text, String quote) {
    List<Finding> found = findings(channel, text);
    if (quote.equals("-")) {
      assertThat(found).as("nothing flagged").isEmpty();
      return;
    }
    int at = text.indexOf(quote);
    assertThat(at).as("quote in text").isGreaterThanOrEqualTo(0);
    assertThat(found).as("a finding over the quote").anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(Rule.MEETING_CONTENT);
      assertThat(f.start()).isLessThan(at + quote.length());
      assertThat(f.end()).isGreaterThan(at);
    });
  }

  @Test
  void explanationCitesTheRuleAndCarriesNoText() {
    List<Finding> found = findings("group", "At Tuesday's meeting Mike said he's been drinking.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).explanation()).contains(Rule.MEETING_CONTENT.principle())
        .doesNotContain("Mike").doesNotContain("drinking");
    assertThat(found.get(0).recognizer()).isEqualTo("meeting-content/report");
  }

  @Test
  void neverThrowsOnJunkAndStaysInsideTheText() {
    String[] junk = {"", " ", "?", "said", "shared?", "\uD800 said at the meeting \uDC00",
        "at the meeting Mike said?", "¿", "...said...meeting...", "what X shared"};
    for (String s : junk) {
      for (Finding f : findings("public", s)) {
        assertThat(f.end()).isLessThanOrEqualTo(s.length());
      }
    }
  }

  @Test
  void runsInLinearTimeOnAMegabyte() {
    StringBuilder b = new StringBuilder();
    String[] parts = {"at the meeting ", "Mike said ", "he shared ", "that ", "about ", "? ",
        "group ", "tonight ", "heard ", "a ", "story "};
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(parts[(i * 7 + i / 3) % parts.length]);
    }
    String text = b.toString();
    Analysis analysis = new Analysis(Message.of(text, Channel.PUBLIC),
        new Normalizer().normalize(text));
    recognizer.recognize(analysis, new ArrayList<>()); // warm up
    long t0 = System.nanoTime();
    recognizer.recognize(analysis, new ArrayList<>());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // Generous for a loaded build machine; a quadratic scan would take minutes.
    assertThat(ms).isLessThan(3000);
  }
}
