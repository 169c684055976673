package org.confidant.guard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.people.CaseTable;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows: channel | members | flagged? | author | text. Fictional people only. */
class IndividualCaseRecognizerTest {
  private static final Guard GUARD =
      Guard.of(Registry.of(new IndividualCaseRecognizer()), Policy.defaults());

  static Stream<Arguments> english() {
    return CaseTable.rows(
        "group|Mike B.|no||Mike B. is running late, start without him.",
        "direct|Jen Q.|no||Jen said the court house parking lot is free after 5.",
        "group||no||Who's bringing the coffee? Sarah can't, she's got court tomorrow for jury duty.",
        "direct|Omar F.|no||Omar is broke the ice with the newcomers, he's great at that.",
        "sponsor||no||My therapist says I should journal more. Thoughts?",
        "direct|Tasha N.|no||Tasha is a nurse at the hospital downtown, she can answer your question.",
        "group|Walt E.|no||Walt E. lost his keys again lol, they were in the coffee can.",
        "group|Ray D.|no||Ray D. just got back from his trip, welcome home Ray!",
        "direct|Kim Z.|no||Kim Z. is dealing with a lot at work but she'll be at the meeting.",
        "meeting||no||The topic tonight is acceptance. Who wants to start?",
        "direct|Dana W.|yes||Dana is in treatment for the next 3 weeks so she'll miss the meetings.",
        "group|Beth A.|yes||Beth A. is going to visit her mom in the hospital, so I'm covering her coffee commitment.",
        "meeting|Tom H.|yes||Welcome back Tom, so glad you're out of jail!",
        "direct||no||How's your mom doing after the surgery?",
        "sponsor||yes||My sponsee told me she's pregnant and hasn't told her husband.",
        "group|Sam R.|yes||Sam is in the hospital again, keep him in your prayers.",
        "group|Carlos G.|yes||Carlos got his 1 year coin but he's still on probation.",
        "group|Jen Q.|yes||Can someone give Jen a ride? She lost her license after the DUI.",
        "direct|Kim Z.|yes||Kim Z. is gay, did you know?",
        "group|Walt E.|yes||Walt E. had a slip but he's back now.",
        "group|Jake T.|no||Jake is 90 days sober, so proud of him!",
        "direct||no||I lost my license after my second DUI. Never again.",
        "meeting||no||When I was drinking, my wife left me and took the kids.",
        "meeting|Luis R.|no|Luis R.|When I was drinking, my wife left me and took the kids.",
        "group|Priya S.|no||Priya is chairing the women's meeting this week, show up for her!",
        "group|Priya S.|no||Priya S. asked everyone to bring a dish for the potluck.",
        "public||no||Grateful for 10 years of sobriety. My family got me back.",
        "public||no||Grateful for my AA sponsor Janet, who got me through my first year.",
        "public||no||Grateful for my sponsor, who got me through my first year.",
        "group|Jake T.|no||Jake says relapse is part of a lot of our stories.",
        "group|Jake T.|yes||Jake told me about the DUI, he's a mess.",
        "group|Jake T.|yes||Jake told me he relapsed.",
        "sponsor|Jake T.|no||Jake always says drinking again is never the answer.",
        "meeting|Jake T.|no||Thanks Jake. When you're in detox you feel so alone.",
        "group|Ray D.|yes||Ray D. got sentenced to 90 days yesterday.",
        "direct||no||Someone stole my bike outside the meeting, ugh.",
        "direct|Mike B.|no||Mike B. said the coffee fund is broke again, we need donations.",
        "group||no||The 7th tradition basket is broke this month, please give if you can.",
        "direct||yes||Mark relapsed again, third time this year.",
        "direct||no||Mark my words, this year will be different.",
        "group||yes||Thanks Frank for the ride. Also, heads up: Frank told me he lost his job.",
        "group||no||By the grace of God I'm sober today.",
        "group||no||Amazing Grace was the closing song, beautiful.",
        "sponsor||no||Hope you're doing well, see you Thursday!",
        "direct||yes||Jake and I went to detox together in 2019, he's doing great now.",
        "direct||no||My friend from work is in rehab and I'm worried.",
        "direct||yes||My friend from AA relapsed and won't return calls.",
        "public||no||Congrats to my friend Sarah on 1 year in AA!",
        "public||no||Congrats to my friend Sarah on her new job!",
        "public||no||Our AA group at the picnic! 📸",
        "direct||yes||Heads up, Tony from the Wednesday group is back on heroin.",
        "direct||no||The new guy asked me to be his sponsor, I said yes!",
        "direct||yes||The new guy at the Tuesday meeting asked me to be his sponsor. He's on probation.",
        "meeting||no||Sponsorship is a gift. My sponsor took me through the steps after I relapsed.",
        "sponsor|Mike B.|yes||Mike B. has been drinking again, I saw him at the bar Friday.",
        "group||yes||Did you guys hear Tony got arrested last weekend? DUI again.",
        "group|Sarah K.|no||Thanks Sarah for chairing last night, great topic.",
        "group|Sarah K.|no||Proud of Sarah K. for taking her 90 day chip tonight!",
        "meeting||no||A lot of us relapse before it sticks. Keep coming back.",
        "meeting||no||Someone shared about losing custody and it hit me hard.",
        "sponsor||no||I relapsed last night. I'm so ashamed. Can we talk?",
        "sponsor||no||My DUI hearing got moved to March, can you write a letter?",
        "sponsor||no||My dad drank every night when I was a kid, that's why step 4 is hard.",
        "sponsor||no||My wife is in the hospital again, pray for her please.",
        "direct||no||How's your court date going? Thinking of you.",
        "sponsor||no||Are you still taking your meds? Proud of you for calling.",
        "group|Jen Q.|yes||Jen Q. is in rehab again, her husband kicked her out.",
        "group||yes||Our secretary just got diagnosed with breast cancer, let's send cards.",
        "meeting||yes||The guy who chairs Thursday is going through a divorce, go easy on him.",
        "direct||yes||The new woman at the Monday meeting told me she's pregnant and using.",
        "group||no||One of the old-timers used to say relapse is part of some stories.",
        "public||no||Elton John talked openly about rehab in his memoir, worth a read.",
        "direct|Carlos G.|yes||Carlos lost his job because he kept showing up hungover.",
        "group|Beth A.|yes||Beth's husband left her and took the kids. She's a mess.",
        "sponsor|Omar F.|yes||Omar owes everybody money, he's totally broke and about to get evicted.",
        "meeting|Kim Z.|no||Kim, thanks for the coffee, you're the best.",
        "meeting|Ray D.|yes||Ray, how did your court date go? Did the judge give you probation?",
        "meeting||no||If you relapse, call your sponsor before you call the bar.",
        "direct||no||I'm in detox at St. Mary's, day 3. Don't tell anyone yet.",
        "group||no||Anyone know a good detox center near downtown? Asking for myself.",
        "direct||yes||Lupe from my home group is back in the psych ward.",
        "direct|Jake T.|yes||Jake's been using again. He asked me not to tell anyone.",
        "group|Jake T.|no||Jake T. is using the church van for the roundup pickup.",
        "direct|Walt E.|no||Walt is drinking coffee with me at the diner, come join us.",
        "group|Walt E.|no||Walt slipped on the ice outside the church, he's fine though.",
        "sponsor|Nina P.|no||Nina P. said she'd cover my commitment next week.",
        "direct||no||My sponsor says I should stop dating for my first year.",
        "public||no||My sponsor says one day at a time and I finally get it.",
        "public|Jake T.|no||So grateful for my sponsee Jake, 1 year today!",
        "public||no||Me and Lupe from my home group at the beach today 🌊",
        "public||no||Open AA meeting every Friday 7pm at St. Mark's church hall. All welcome.",
        "public||no||Recovery is possible. 3 years sober today and grateful.",
        "public||no|Jake T.|Hi, I'm Jake Torres and I'm an alcoholic. Today I'm 5 years sober.",
        "public||no||That's me in the photo at my AA anniversary, 10 years!",
        "public||no||At tonight's meeting we talked about resentment and forgiveness. So powerful.",
        "public||no||Our Zoom meeting is at 7, meeting ID 555 0134 9988, password is serenity. Members only.",
        "public||no||Great AA meeting tonight, feeling grateful.",
        "public||no||AA saved my life. If you're struggling, find a meeting.",
        "public||no||Shoutout to my sponsor Dave from my NA home group for 20 years clean!",
        "public||no||My brother has been sober 5 years and I'm so proud of him.",
        "public||no|Tasha N.|My name is Tasha and I'm in recovery. Grateful for AA.",
        "public||no||follow me on insta @sober_tasha for daily AA meeting memes",
        "group||no||Women's meeting Zoom is zoom.example.com/j/5550192, passcode courage.",
        "public||yes||Please pray for my sponsee Mike, he relapsed and is in the ICU.",
        "sponsor||no||My roommate Jake is drinking again and I don't want to be around it.",
        "direct||no||My coworker got a DUI, crazy right? Glad that's not me anymore.",
        "group|Tom H.|no||Tom H. has 5 years today! Cake after the meeting.",
        "direct|Dana W.|no|Kim Z.|Dana, I'm so proud of you for going to court alone.",
        "meeting|Dana W.|yes|Kim Z.|Dana, I'm so proud of you for going to court alone.",
        "group|Mike B.,Kim Z.|no||Mike B. is bringing the cake and Kim Z. is picking up the chips for Sunday.",
        "group||no||Jake said the court card sheet is on the table by the door.",
        "meeting|Sarah K.|no||Sarah, you were so brave sharing tonight. Thank you.",
        "group|Frank I.|no||Frank I. will be our new treasurer starting in May, welcome Frank!",
        "sponsor||no||Had a rough day at work but didn't drink. Went to the noon meeting instead.",
        "direct|Priya S.|no||Priya and I are driving to the convention together, want a ride?",
        "group||no||Reminder: the hospital and institutions committee meets Thursday at 6.",
        "group||no||The jail meeting needs two more women volunteers for Saturday.",
        "sponsor||no||I think I'm depressed again, can we meet for coffee tomorrow?",
        "direct|Jen Q.|no||Jen told me she loved your share tonight.",
        "direct||no||Honestly the speaker tonight was amazing, 30 years sober and still funny.",
        "meeting||no||Welcome to all the newcomers! You are the most important people in the room.",
        "group|Omar F.|no||Omar F. is celebrating 12 years at the Saturday meeting, come support him!",
        "sponsor||no||My husband says I'm too obsessed with meetings lol. He doesn't get it.",
        "direct||no||I used to drink in my car before work every day. Now I drink coffee in it.",
        "group||no||Anybody using the Big Book app? Which version do you like?",
        "meeting||no||I was arrested twice before I got here. Today I'm a free man.",
        "sponsor|Tasha N.|no|Ellen M.|Tasha N. asked if she could switch her step meeting to Wednesdays.",
        "group|Walt E.|yes||Walt E. is in the hospital after a heart attack, cards welcome.",
        "group|Walt E.|no||Walt E. finally fixed the coffee maker! Hero.",
        "direct|Mike B.|yes||Did you hear Mike B. is getting divorced?",
        "direct|Mike B.|no||Did you hear Mike B. is getting a new truck?",
        "sponsor|Grace L.|yes||I think Grace is cheating on her husband with someone from the Tuesday meeting.",
        "group||no||Grace and peace to everyone this holiday season.",
        "direct||no||Will you be at the meeting tonight? I need to talk to someone.",
        "group||no||Hope you're all doing well. Recovery is a gift.",
        "sponsor||no||Mark my words, I'm not going back to jail.",
        "direct|Ray D.|yes||ray d relapsed again, third time this year",
        "group||no||Relapse happens. Don't beat yourself up.",
        "group|Denise U.|yes||Denise U. got fired for showing up drunk, she told me at coffee.",
        "direct||no||My ex is suing me for custody, my lawyer says not to worry.",
        "direct||yes||Kevin from the men's meeting told me he's been cutting himself.",
        "meeting||yes||That young girl who comes with her mom is using heroin, everybody knows.",
        "direct||no||A guy at the Friday meeting said he relapsed after 20 years.",
        "direct||no||Somebody at my home group is pregnant, so exciting.",
        "public||no||Happy birthday to my sponsor Rita, 25 years in AA today!",
        "public||no||Happy birthday to my sister Rita! Love you.",
        "public||no||Throwback pic of our home group picnic 📸",
        "public||no||Our district needs volunteers for the hotline. Call central office.",
        "public||no||Tonight's NA meeting topic was fear. Someone shared about losing their kids and I cried.",
        "public||no||Looking for a Saturday AA meeting in Tucson, any recommendations?",
        "public||no||Proud to be sober. 6 months!",
        "public||no||Big shoutout to Marcus Jennings who just celebrated 10 years in Alcoholics Anonymous!",
        "public||no||Matthew Perry wrote about his addiction in his memoir. RIP.",
        "public||no||Zoom link for our closed AA meeting: zoom.example.com/j/5550111",
        "public||no||Open AA meeting on Zoom, ID 555 012 3456, listed on the intergroup website.",
        "sponsor|Jake T.|yes|Ellen M.|Jake T. told me he's been sneaking drinks at work again. What should I say?",
        "sponsor|Jake T.|no|Ellen M.|Jake T. told me he's been working the steps hard. So proud.",
        "group||yes||FYI the treasurer is in rehab so someone else needs to do the bank deposit.",
        "group||no||FYI the treasurer is on vacation so someone else needs to do the bank deposit.",
        "meeting||no||Thank you all. When I was using, I never thought I'd see a year.",
        "meeting|Nina P.|no||Nina, welcome back! We missed you.",
        "meeting|Nina P.|yes||Nina, welcome back from rehab! We missed you.",
        "direct|Carlos G.|yes||Carlos is drinking again. His wife called me crying.",
        "direct|Carlos G.|no||Carlos is drinking a lot of coffee these days lol",
        "direct||no||He's been drinking again and I'm scared. (about my husband)",
        "direct||yes||The GSR relapsed last week, should he still go to the assembly?",
        "group||no||Our GSR will report on the assembly next Sunday.",
        "direct||yes||You know the lady who makes the coffee on Sundays? She's getting divorced.",
        "direct||no||You know the lady who makes the coffee on Sundays? She makes the best coffee.",
        "direct||no||I heard someone at the noon meeting got arrested, no idea who.",
        "sponsor||no||One of my friends from work is in rehab, I'm thinking of bringing her to a meeting.",
        "sponsor||yes||One of my sponsees is using again and won't answer my calls.",
        "public||yes||Please keep our GSR in your prayers as she battles cancer.",
        "public||no||Cancer survivor and 10 years sober. Life is good.",
        "public|Mike B.|yes||Mike B. from my AA home group got a DUI last night, so sad.",
        "group|Jen Q.|yes||Jen Q. is back on her meds and doing better.",
        "group|Jen Q.|no||Jen Q. is back and doing better, so good to see her!",
        "meeting||no||My sponsor got sober in 1985 and never picked up again.",
        "sponsor||no||Is it normal to still crave after a year? Asking because I had a dream I drank.",
        "direct|Tom H.|yes||Tom H. is homeless now, sleeping in his truck behind the church.",
        "group|Sarah K.|yes||Sarah K. had a miscarriage last week. Please give her space.",
        "group|Sarah K.|no||Sarah K. had a baby last week! Congrats to her and the family.",
        "direct||yes||My sponsee got picked up for shoplifting again.",
        "direct||no||My sponsee got her 30-day chip tonight! So proud.",
        "group|Dana W.|yes||Dana W. is being evicted Friday, can anyone help her move?",
        "group|Dana W.|no||Dana W. is moving Friday, can anyone help her move?",
        "meeting|Luis R.|no|Luis R.|Hi I'm Luis, alcoholic. I relapsed on Tuesday and I'm back.",
        "meeting|Luis R.|yes|Kim Z.|Luis relapsed on Tuesday, let's all give him a call.",
        "direct|Ellen M.|yes||Ellen M. said her son overdosed last month. She's not doing well.",
        "sponsor||no||I overdosed in 2015 and woke up in the ER. Today I'm grateful.",
        "direct|Omar F.|no||Omar, how are you feeling after the surgery? Thinking of you.",
        "group|Omar F.|yes||Omar, how are you feeling after the surgery? Thinking of you.",
        "group||no||If anyone needs a ride to detox, call the intergroup hotline.",
        "group|Kim Z.|yes||Kim Z.'s husband is in prison and she's struggling to pay rent.",
        "direct||no||My husband is in prison and I'm struggling to pay rent.",
        "public||no||Sober for 3 years. My sponsor is the best. #recovery",
        "public||no||Sober for 3 years. My sponsor Jenny is the best. #AA #recovery",
        "public||no|Kim Z.|Kim Zimmerman here, 1 year in Al-Anon today. Grateful!",
        "public||no|Kim Z.|Kim here, 1 year in Al-Anon today. Grateful!",
        "public||no||Selfie from the AA convention with my home group! 😊",
        "public||no||Selfie from the beach with my family! 😊",
        "public||no||Just got back from a work meeting, we talked about budgets all night.",
        "public||no||Heard a great share at my NA meeting: a guy talked about losing his job.",
        "public||no||Did you know AA was founded in 1935? Bill W. and Dr. Bob started it in Akron.",
        "public||no||New to AA? Check the intergroup meeting list or call 555-0100.",
        "public||no||DM me for the link, or just use zoom.example.com/j/5550199 passcode 4321. Closed meeting, members only!",
        "public||no||The passcode for our closed meeting has changed, DM the secretary for it."
    );
  }

  static Stream<Arguments> spanish() {
    return CaseTable.rows(
        "sponsor||yes||Mi madrina me contó que su hijo está en la cárcel.",
        "group||yes||Doña Mari ya no viene porque está internada.",
        "group||no||Doña Mari trajo tamales para todos, ¡gracias!",
        "group||yes||Me dijeron que Pepe anda tomando otra vez.",
        "group||no||Pepe anda trayendo el café todos los sábados.",
        "sponsor||no||Mi esposo sigue tomando y no sé cómo mantenerme sobria en esa casa.",
        "direct||yes||Mi ahijada recayó otra vez, no sé qué hacer.",
        "sponsor||yes||Padrino, el que coordina los jueves volvió a tomar.",
        "group|Marta C.|yes||Marta perdió la custodia de sus hijos, recen por ella.",
        "sponsor||no||Hoy fue un día difícil pero no tomé. Gracias por escucharme.",
        "sponsor||no||Mi papá tomaba mucho cuando yo era niña.",
        "group|Luis R.|no||Felicidades a Luis por sus 3 años!",
        "direct||yes||La nueva del grupo de los lunes está embarazada y sigue consumiendo.",
        "public||no||Mi padrino de AA cumple 20 años sobrio hoy, felicidades Carlos!",
        "public||no||Anoche en la reunión de AA una señora contó que perdió a sus hijos.",
        "public||no||Reunión abierta de AA los martes a las 8pm en la parroquia San José. Todos bienvenidos.",
        "public||no||Ayer en mi grupo de NA hablamos del miedo.",
        "public||no|Ana G.|Soy Ana García y soy alcohólica. Hoy cumplo un año.",
        "public||no|Ana G.|Soy Ana y hoy cumplo un año sin tomar.",
        "public||no||Mi ahijada Lucía cumple dos años en AA, qué orgullo!",
        "sponsor|Lucía M.|yes||Lucía me dijo que su esposo la golpea cuando toma.",
        "direct|Pedro S.|yes||Pedro está en la cárcel otra vez, lo agarraron manejando borracho.",
        "direct|Pedro S.|no||Pedro me llevó a la reunión, qué buena onda.",
        "group||no||Hoy compartí sobre mi recaída y me sentí mejor.",
        "group|Beto R.|yes||A Beto lo corrieron de la casa, anda tomando otra vez.",
        "group|Beto R.|no||Beto trajo pan dulce para la reunión, gracias Beto.",
        "direct||yes||La señora que hace el café los domingos está en el hospital con cáncer.",
        "direct||no||Una señora en la junta dijo que su hijo está preso.",
        "public||no||Hoy en la junta de AA el tema fue el perdón. Una compañera contó su historia."
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void flagsAMembersPrivateMatterButNotTheWritersOwnStoryOrNobodyInParticular(
      String name, Message message, boolean flagged) {
    assertThat(flagged(message)).isEqualTo(flagged);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spanish")
  void appliesTheSameRuleInSpanish(String name, Message message, boolean flagged) {
    assertThat(flagged(message)).isEqualTo(flagged);
  }

  @Test
  void spanCoversThePrivateDetailAndExplanationNamesNobody() {
    String text = "Proud of my sponsee Jake, he finally admitted he's been drinking again.";
    Message m = Message.builder(text, org.confidant.guard.Channel.SPONSOR)
        .sponsees(List.of("Jake T.")).build();
    List<Finding> fs = GUARD.detect(m);
    assertThat(fs).hasSize(1);
    Finding f = fs.get(0);
    assertThat(text.substring(f.start(), f.end())).contains("drinking again");
    assertThat(f.explanation()).contains(Rule.INDIVIDUAL_CASE.principle())
        .doesNotContain("Jake").doesNotContain("drinking again");
  }

  private static boolean flagged(Message m) {
    return GUARD.detect(m).stream().anyMatch(f -> f.rule() == Rule.INDIVIDUAL_CASE);
  }
}
