package org.confidant.guard.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.people.CaseTable;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Registry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows: channel | members | flagged? | author | text. Fictional people only. */
class PublicDisclosureRecognizerTest {
  private static final Guard GUARD =
      Guard.of(Registry.of(new PublicDisclosureRecognizer()), Policy.defaults());

  static Stream<Arguments> english() {
    return CaseTable.rows(
        "public||no||Grateful for 10 years of sobriety. My family got me back.",
        "public||yes||Grateful for my AA sponsor Janet, who got me through my first year.",
        "public||no||Grateful for my sponsor, who got me through my first year.",
        "public||yes||Congrats to my friend Sarah on 1 year in AA!",
        "public||no||Congrats to my friend Sarah on her new job!",
        "public||yes||Our AA group at the picnic! 📸",
        "public||no||Elton John talked openly about rehab in his memoir, worth a read.",
        "public||no||My sponsor says one day at a time and I finally get it.",
        "public|Jake T.|yes||So grateful for my sponsee Jake, 1 year today!",
        "public||yes||Me and Lupe from my home group at the beach today 🌊",
        "public||no||Open AA meeting every Friday 7pm at St. Mark's church hall. All welcome.",
        "public||no||Recovery is possible. 3 years sober today and grateful.",
        "public||yes|Jake T.|Hi, I'm Jake Torres and I'm an alcoholic. Today I'm 5 years sober.",
        "public||yes||That's me in the photo at my AA anniversary, 10 years!",
        "public||yes||At tonight's meeting we talked about resentment and forgiveness. So powerful.",
        "public||yes||Our Zoom meeting is at 7, meeting ID 555 0134 9988, password is serenity. Members only.",
        "public||no||Great AA meeting tonight, feeling grateful.",
        "public||no||AA saved my life. If you're struggling, find a meeting.",
        "public||yes||Shoutout to my sponsor Dave from my NA home group for 20 years clean!",
        "public||no||My brother has been sober 5 years and I'm so proud of him.",
        "public||no|Tasha N.|My name is Tasha and I'm in recovery. Grateful for AA.",
        "public||yes||follow me on insta @sober_tasha for daily AA meeting memes",
        "public||yes||Please pray for my sponsee Mike, he relapsed and is in the ICU.",
        "public||yes||Happy birthday to my sponsor Rita, 25 years in AA today!",
        "public||no||Happy birthday to my sister Rita! Love you.",
        "public||yes||Throwback pic of our home group picnic 📸",
        "public||no||Our district needs volunteers for the hotline. Call central office.",
        "public||yes||Tonight's NA meeting topic was fear. Someone shared about losing their kids and I cried.",
        "public||no||Looking for a Saturday AA meeting in Tucson, any recommendations?",
        "public||no||Proud to be sober. 6 months!",
        "public||yes||Big shoutout to Marcus Jennings who just celebrated 10 years in Alcoholics Anonymous!",
        "public||no||Matthew Perry wrote about his addiction in his memoir. RIP.",
        "public||yes||Zoom link for our closed AA meeting: zoom.example.com/j/5550111",
        "public||no||Open AA meeting on Zoom, ID 555 012 3456, listed on the intergroup website.",
        "public||no||Please keep our GSR in your prayers as she battles cancer.",
        "public||no||Cancer survivor and 10 years sober. Life is good.",
        "public|Mike B.|yes||Mike B. from my AA home group got a DUI last night, so sad.",
        "public||no||Sober for 3 years. My sponsor is the best. #recovery",
        "public||yes||Sober for 3 years. My sponsor Jenny is the best. #AA #recovery",
        "public||yes|Kim Z.|Kim Zimmerman here, 1 year in Al-Anon today. Grateful!",
        "public||no|Kim Z.|Kim here, 1 year in Al-Anon today. Grateful!",
        "public||yes||Selfie from the AA convention with my home group! 😊",
        "public||no||Selfie from the beach with my family! 😊",
        "public||no||Just got back from a work meeting, we talked about budgets all night.",
        "public||yes||Heard a great share at my NA meeting: a guy talked about losing his job.",
        "public||no||Did you know AA was founded in 1935? Bill W. and Dr. Bob started it in Akron.",
        "public||no||New to AA? Check the intergroup meeting list or call 555-0100.",
        "public||yes||DM me for the link, or just use zoom.example.com/j/5550199 passcode 4321. Closed meeting, members only!",
        "public||no||The passcode for our closed meeting has changed, DM the secretary for it."
    );
  }

  static Stream<Arguments> spanish() {
    return CaseTable.rows(
        "public||yes||Mi padrino de AA cumple 20 años sobrio hoy, felicidades Carlos!",
        "public||yes||Anoche en la reunión de AA una señora contó que perdió a sus hijos.",
        "public||no||Reunión abierta de AA los martes a las 8pm en la parroquia San José. Todos bienvenidos.",
        "public||yes||Ayer en mi grupo de NA hablamos del miedo.",
        "public||yes|Ana G.|Soy Ana García y soy alcohólica. Hoy cumplo un año.",
        "public||no|Ana G.|Soy Ana y hoy cumplo un año sin tomar.",
        "public||yes||Mi ahijada Lucía cumple dos años en AA, qué orgullo!",
        "public||yes||Hoy en la junta de AA el tema fue el perdón. Una compañera contó su historia."
    );
  }

  static Stream<Arguments> otherChannels() {
    return CaseTable.rows(
        "direct||no||The new woman at the Monday meeting told me she's pregnant and using.",
        "meeting||no||If you relapse, call your sponsor before you call the bar.",
        "direct||no||My sponsor says I should stop dating for my first year.",
        "group||no||Women's meeting Zoom is zoom.example.com/j/5550192, passcode courage.",
        "group|Tom H.|no||Tom H. has 5 years today! Cake after the meeting.",
        "sponsor||no||Had a rough day at work but didn't drink. Went to the noon meeting instead.",
        "group||no||The jail meeting needs two more women volunteers for Saturday.",
        "group|Omar F.|no||Omar F. is celebrating 12 years at the Saturday meeting, come support him!",
        "sponsor||no||My husband says I'm too obsessed with meetings lol. He doesn't get it.",
        "sponsor|Tasha N.|no|Ellen M.|Tasha N. asked if she could switch her step meeting to Wednesdays.",
        "sponsor|Grace L.|no||I think Grace is cheating on her husband with someone from the Tuesday meeting.",
        "direct||no||Will you be at the meeting tonight? I need to talk to someone.",
        "direct||no||Kevin from the men's meeting told me he's been cutting himself.",
        "direct||no||A guy at the Friday meeting said he relapsed after 20 years.",
        "direct||no||I heard someone at the noon meeting got arrested, no idea who."
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void flagsMembershipMeetingTalkAndClosedMeetingDetailsButNotMeetingListsOrFirstNames(
      String name, Message message, boolean flagged) {
    assertThat(flagged(message)).isEqualTo(flagged);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spanish")
  void appliesTheSameRuleInSpanish(String name, Message message, boolean flagged) {
    assertThat(flagged(message)).isEqualTo(flagged);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherChannels")
  void neverFlagsOutsideThePublicChannel(String name, Message message, boolean flagged) {
    assertThat(flagged(message)).isFalse();
  }

  private static boolean flagged(Message m) {
    for (Finding f : GUARD.detect(m)) {
      if (f.rule() == Rule.PUBLIC_DISCLOSURE) {
        assertThat(f.explanation()).contains(Rule.PUBLIC_DISCLOSURE.principle());
        return true;
      }
    }
    return false;
  }
}
