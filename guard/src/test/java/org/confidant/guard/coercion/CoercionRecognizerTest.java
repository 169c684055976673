package org.confidant.guard.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class CoercionRecognizerTest {
  private final CoercionRecognizer recognizer = new CoercionRecognizer();

  private List<Finding> detect(String text) {
    Analysis a = new Analysis(Message.of(text, Channel.DIRECT), new Normalizer().normalize(text));
    List<Finding> out = new ArrayList<>();
    recognizer.recognize(a, out);
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # Requests for someone's details, however friendly.
      what's your last name?                                                   | true
      send me your address                                                     | true
      give me your number                                                      | true
      I need your Facebook password                                            | true
      what's her number?                                                       | true
      where does Jake live?                                                    | true
      Can I get your email?                                                    | true
      Does anybody have Mike's phone number?                                   | true
      Hey, who's the new guy? What's his name?                                 | true
      Text me your home address so I can drop off the book                     | true
      tell me where you live or I'll find out anyway                           | true
      # Pressure to tell one's story, threats to out someone.
      you have to tell the group what you did                                  | true
      you can't be a real member unless you share your full name               | true
      Everyone has to introduce themselves with their full name, that's the rule | true
      I'll tell everyone you're in AA unless you pay me back                   | true
      # Spanish.
      ¿cuál es tu apellido?                                                    | true
      mándame tu dirección                                                     | true
      tienes que contarle al grupo lo que hiciste                              | true
      Pásame el número de Lupe                                                 | true
      ¿Dónde vive Carlos?                                                      | true
      Necesito tu contraseña de Facebook                                       | true
      Si no me das tu nombre completo, le digo a todos que estás en AA         | true
      # Offers, exchanges, non-personal requests, sponsor suggestions: fine.
      here's my number, text me anytime                                        | false
      want to swap numbers? no pressure                                        | false
      what page is the reading?                                                | false
      can you send me the Zoom link?                                           | false
      call me tomorrow and read pages 83-84                                    | false
      How are you doing today?                                                 | false
      What's the number for central office?                                    | false
      Does anyone have the address for the Tuesday meeting?                    | false
      You don't have to share if you're not ready.                             | false
      Tell me how your week went!                                              | false
      I'll send you my address later                                           | false
      Can I give you my number?                                                | false
      What's your sobriety date?                                               | false
      My sponsor says I have to tell my wife about the money                   | false
      I have to share my story at the speaker meeting Saturday, so nervous!    | false
      Thanks for sharing your story tonight                                    | false
      Sign-up sheet: first name and last initial only please                   | false
      put your sponsor's number in your phone before you leave                 | false
      te paso mi número por si quieres hablar                                  | false
      ¿me mandas el link de la reunión?                                        | false
      Si quieres, intercambiamos números, sin presión.                         | false
      # More cases, English and Spanish, positive and negative.
      Hey what's ur last name? want to add you on fb                           | true
      whats Tom's number? I need to call him about the money                   | true
      Could you send me Beth's email? She stopped answering me                 | true
      Can someone DM me the address of the girl who chaired last night?        | true
      Anyone know where the new guy works? I swear I've seen him before        | true
      Where do you live? I can pick you up                                     | true
      Who is she? What's her real name?                                        | true
      If you want to stay in this group you need to give us your real name     | true
      You're not really working the program unless you tell everyone what you did | true
      We need everyone's phone numbers and home addresses by tonight, no exceptions | true
      I need you to tell me who you were drinking with last night              | true
      Before the meeting starts, everyone must state their full name and home group | true
      Tell me your password or I'll tell your wife you're in AA                | true
      Give me your Instagram so I can check you're not lying about your sobriety | true
      Sarah, you need to tell us what happened at the retreat. We deserve to know. | true
      What's your date of birth? I need it for the treasurer list              | true
      Can I have your address? I want to send you a card                       | true
      Send a photo of your driver's license before you join the chat           | true
      If you don't share tonight, I'm going to tell the group why you're really here | true
      Pásame la dirección de Rosa, necesito hablar con ella                    | true
      ¿Cómo te apellidas? Para agregarte al grupo de WhatsApp                  | true
      Dime dónde trabajas o le cuento a todos                                  | true
      Tienes que decirnos tu nombre completo si quieres quedarte               | true
      ¿Me das tu número de teléfono?                                           | true
      Necesito la dirección de tu padrino                                      | true
      ¿Alguien tiene el teléfono de Marcos?                                    | true
      Debes compartir tu historia con el grupo esta noche                      | true
      Here's my cell if you ever need to talk: 555-0123                        | false
      Would you like my number? Only if it helps.                              | false
      If you ever want to exchange numbers, just say so, no pressure           | false
      What time does the Thursday meeting start?                               | false
      Can you send me the link to the Big Book PDF?                            | false
      Call me after you finish step 4                                          | false
      How was your first week? Proud of you.                                   | false
      What's the address of the church where the Saturday meeting is?          | false
      Does anyone have the number for the intergroup hotline?                  | false
      My sponsor asked me what my last name was and I told her, it felt good to trust someone | false
      Nobody has to share if they don't want to. Passing is always ok.         | false
      I told the group what happened and it helped me a lot                    | false
      I want to tell my wife about my drinking but I'm scared                  | false
      Just wanted to say your share really helped me tonight                   | false
      Give me a call when you get a chance                                     | false
      Tell me when you're free this week                                       | false
      Send me your step 4 when it's done and we'll go over it                  | false
      Please share your experience, strength and hope if you'd like            | false
      What's your favorite chapter in the Big Book?                            | false
      Aquí está mi número por si necesitas algo                                | false
      ¿A qué hora es la reunión del jueves?                                    | false
      Mándame el enlace de Zoom por favor                                      | false
      Llámame mañana cuando termines el cuarto paso                            | false
      ¿Cómo estás? Te extrañamos en la reunión                                 | false
      Si quieres, te doy mi número. Sin presión.                               | false
      Where do you guys usually get coffee after the meeting?                  | false
      I'll tell everyone the meeting moved to 7pm                              | false
      Can I give your number to my friend who wants to get sober? Totally fine if not. | false
      What's your name again? I'm terrible with names, sorry!                  | false
      Welcome to the group! To keep everyone safe we ask new members to post their full name and phone number in the intro thread. | true
      Hey, I saw you at the Friday meeting. What's your Insta? I'll follow you | true
      As your sponsor I'm asking you to send me screenshots of your texts with him every night. | true
      Do you know Kevin's last name? I want to look him up                     | true
      Can you tell me where Maria lives? I want to surprise her                | true
      if you're serious about recovery you'll share your whole story at the next meeting, no excuses | true
      Drop your addresses below so I can send out the holiday cards!           | true
      I know you were at the Tuesday meeting. Who shared about the affair? I need a name. | true
      The newcomer who cried last night — does anyone have her number?         | true
      Tell the group about your DUI or I'll do it for you.                     | true
      We don't let people in the chat until they tell us their real names.     | true
      what's the new girl's name? the one with the red hair                    | true
      Oye, ¿cuál es el apellido de Javier?                                     | true
      Dame el número de tu madrina, quiero hablar con ella                     | true
      Si no le cuentas al grupo lo que pasó, lo hago yo                        | true
      ¿Dónde trabaja tu esposo?                                                | true
      I'm happy to share my number with anyone who needs a sponsor, just ask me after the meeting. | false
      What's the Zoom passcode for tonight?                                    | false
      Does anyone know the address for the Sunday morning meeting at St. Mark's? | false
      Sponsor told me to read the 4th step chapter and write down my resentments. | false
      Tell me about your day! Anything good happen?                            | false
      If you ever want to talk, my email is open. No pressure at all.          | false
      Please sign in with your first name only.                                | false
      Can you text me when you get home safe?                                  | false
      What's your home group? I'm trying to find a new one                     | false
      Share only what you're comfortable sharing. There's no wrong way to do this. | false
      ¿Quieres intercambiar números? Solo si te sientes cómodo.                | false
      ¿Cuál es la dirección de la reunión del sábado?                          | false
      Cuéntame cómo te fue en la entrevista                                    | false
      I need your help setting up chairs Saturday                              | false
      Give me a shout when you're ready to start step 5                        | false
      Ten years ago I tried to end my life. Today I celebrate 10 years sober and alive. | false
      That Step 4 inventory nearly killed me haha                              | false
      If anyone here ever feels like hurting themselves, please reach out — that's what we're here for. | false
      Our old-timer Bob died last week after a long illness. Service is Saturday. | false
      I used to drink and drive every weekend. I'm lucky nobody got hurt.      | false
      Tired of my job, tired of my boss, but not tired of being sober!         | false
      My doctor changed my meds and I feel weird, is that normal?              | false
      I'm drowning in paperwork this week                                      | false
      Heard Dave relapsed and is in detox again. Praying for him.              | false
      I'm going to end it with my boyfriend, he still drinks every night       | false
      estoy muerto de hambre, ¿alguien quiere ir por tacos después de la reunión? | false
      La semana pasada pensé en tomar, pero llamé a mi padrino.                | false
      ok but seriously what's her deal, like what's her full name, where is she from | true
      Please provide your full legal name, date of birth and probation officer's name so I can fill out your attendance sheet. | true
      You owe it to the group to tell them what you did to Jenny.              | true
      Whoever posted my share on Facebook better message me with their name by tonight. | true
      Which one of you is Tom's sponsor? I need his number, it's urgent        | true
      I'm writing a newsletter profile on you — can you send me your full name and where you work? | true
      Real talk: we all shared our stories, now it's your turn. We're waiting. | true
      Confess to the group what you stole or we go to the police.              | true
      Can you find out where Lisa's new apartment is? I just want to talk to her. | true
      ¿Me pasas el Instagram de la chica nueva?                                | true
      ¿Cuál es tu correo? Te quiero agregar a la lista.                        | true
      Si quieres seguir en el grupo, tienes que decirnos dónde trabajas.       | true
      The secretary will email everyone the new meeting schedule.              | false
      My number's on the phone list, feel free to use it anytime.              | false
      We don't ask for last names here. First names only, that's tradition.    | false
      Would you be willing to be my sponsor? Take your time answering.         | false
      Nobody needs to know your last name to be a member.                      | false
      Remember: you never have to give your full name in this group.           | false
      Tell me more about the speaker meeting, sounds fun                       | false
      what was the name of that book you recommended?                          | false
      Who's bringing the cake for Saturday?                                    | false
      Where are you guys meeting for coffee after?                             | false
      So proud of you for sharing your story tonight. That took guts.          | false
      If you're ever in town, let me know and we'll grab a coffee.             | false
      I gave my sponsor my address so she can mail me the book                 | false
      Can you remind me what time the business meeting is?                     | false
      Bienvenida al grupo, aquí nadie te va a pedir tu apellido.               | false
      ¿Cómo se llama el libro que leímos hoy?                                  | false
      Gracias por compartir tu historia anoche.                                | false
      Two years ago tonight I was on a bridge ready to jump. Tonight I'm at a meeting. | false
      My heart was racing before I shared, but I did it!                       | false
      I almost relapsed last night but I called you instead. Thank you.        | false
      It's killing me that I can't make it to the retreat                      | false
      This is my last meeting before I move to Denver, going to miss you all!  | false
      Goodbye everyone, moving to Denver next week! I'll find a new home group. | false
      I'm so done with this snow lol                                           | false
      My sponsor says the pain of staying the same has to be worse than the pain of change. | false
      I'm done. Finally finished the Big Book cover to cover.                  | false
      Just took my Antabuse, feeling good about today                          | false
      Se me murió el celular, les escribo más tarde                            | false
      Ese chiste me mató jajaja                                                | false
      Please pray for Ana, she tried to kill herself last weekend and is in the psych unit. | false
      At Tuesday's meeting Jake said he's been thinking about suicide again. I'm worried. | false
      My sponsee relapsed and got a DUI driving drunk last night. What should I tell him? | false
      Our GSR Frank has been drinking again and his wife wants a divorce.      | false
      My old drinking buddy died of an overdose in March. I still think about him. | false
      When I hit bottom I had a gun in my mouth. That was 12 years ago.        | false
      I remember lying on the bathroom floor thinking I wanted to die. Now I'm 5 years sober. | false
      Step 1 says we admitted we were powerless. You have to admit it before you can move on. | false
      You should call your sponsor and tell her what happened, she'll understand. | false
      I had to tell my boss I was in rehab, it was terrifying but he was kind. | false
      Tell me what you need from me this week.                                 | false
      What's your sponsor's advice on this?                                    | false
      What's your take on the new format?                                      | false
      Where does the Thursday meeting meet now?                                | false
      Where do you work out? I need a new gym.                                 | false
      If anyone asks for your last name, you don't have to give it.            | false
      Newcomers are never required to share. Just listen.                      | false
      He kept asking for my address so I blocked him. Was that ok?             | false
      Someone asked me what my last name was at the meeting and it made me uncomfortable. | false
      Can I get your opinion on something?                                     | false
      Can I have your attention for a moment? We have announcements.           | false
      Could you give me a ride Saturday?                                       | false
      Send me your gratitude list tonight                                      | false
      Drop your favorite slogans in the chat!                                  | false
      Post your sobriety dates below so we can celebrate!                      | false
      Reply with a thumbs up if you're coming to the picnic                    | false
      Give us a call at the central office if you need a meeting list.         | false
      Ana's number is on the phone list if you need it                         | false
      I'm dying of laughter at this meme                                       | false
      Me estoy muriendo de risa con este meme                                  | false
      The Big Book chapter 'To Wives' talks about husbands who want to die from shame. | false
      I'm sick and tired of being sick and tired                               | false
      I drank for 20 years and thought I'd never stop. Today I'm free.         | false
      My doctor put me on Xanax and I'm scared to take it because of my recovery. | false
      I'm on my way to the meeting, driving now, see you soon!                 | false
      Sorry I missed the meeting, I was at the hospital with my mom, she's ok now. | false
      My heart is racing, I have to share tonight for the first time!          | false
      I'm hearing things about the group conscience vote, anyone know what happened? | false
      He told me 'I'll kill you if you tell anyone' — my ex used to say that when he drank. | false
      What's his problem? He's always late.                                    | false
      What was the name of the guy who shared about prison? I think I know him from work. | true
      Anyone have a pic of the new guy? I want to see if I know him            | true
      Ok who was it that shared about the DUI? I need to know.                 | true
      Give me the names of everyone who was at the Friday meeting.             | true
      Send me the addresses of all the members, I'm making a map.              | true
      Hey Rachel! Loved your share. What's your last name so I can find you on LinkedIn? | true
      For the retreat roster, I need everyone's full name, address and emergency contact by Sunday. No roster, no retreat. | true
      Omar, the group deserves to know why you left treatment early. Spill it. | true
      what's the address of the guy who runs the Monday meeting? he owes me $50 | true
      can u send me kayla's snap? she left the group chat and won't answer     | true
      You're not leaving this call until you tell us who told your boss.       | true
      I'll post your mugshot in the group unless you pay me back by Friday.    | true
      Quick q — where does Tasha work? Need to drop something off              | true
      ¿Me puedes dar el correo de Lucía? No me contesta.                       | true
      Tienes que decirle a todos en la reunión lo que le hiciste a tu esposa.  | true
      Oye nuevo, ¿cómo te llamas completo? Para apuntarte en la lista.         | true
      Hey Rachel! Loved your share. Want to get coffee sometime?               | false
      The retreat roster only needs first names. Sign up by Sunday!            | false
      Omar, welcome back. Glad you're here.                                    | false
      what's the address for the Monday meeting? my GPS is being weird         | false
      can u send me the link for the group chat? I got kicked out by accident  | false
      We'll stay on the call until everyone who wants to share has shared.     | false
      I'll post the new schedule in the group by Friday.                       | false
      Quick q — where does the Thursday meeting park?                          | false
      ¿Me puedes mandar la lista de reuniones?                                 | false
      En la reunión cada quien comparte lo que quiere, nadie te obliga.        | false
      Tell your sponsor I said hi!                                             | false
      Don't tell anyone my last name, ok? I'm still not comfortable with that. | false
      I'm so ashamed of how I acted at the meeting, I owe everyone an amends.  | false
      The sponsee I told you about overdosed in 2019 and survived. She's 4 years clean now. | false
      I'm drunk on gratitude today lol                                         | false
      Tonight's topic: how do we deal with suicidal thoughts in sobriety? All welcome. | false
      A lot of us came in wanting to die. It gets better.                      | false
      I used to count pills every night before I got sober.                    | false
      My sponsor saved my life when I was suicidal. I owe her everything.      | false
      Tengo que ir al médico mañana porque me duele la espalda                 | false
      Me corté el pelo, ¿qué opinan? jaja                                      | false
      Before I sponsor you I need to see your court paperwork and your case number. | true
      Who's the guy in the gray hoodie? Anybody know his last name?            | true
      Hey, can you give me Luis's address? I want to mail him something.       | true
      Everyone is required to share their sobriety story in the newsletter this month, with a photo. | true
      Just tell me what Priya said in the women's meeting, I won't tell anyone. | true
      So what's your real name? Nobody's really called 'Sunshine'.             | true
      Don't make me ask again. What's your address?                            | true
      Necesito saber dónde vive el nuevo.                                      | true
      Pásame tu Facebook para ver si eres quien dices.                         | true
      I need to see the meeting schedule, can someone post it?                 | false
      Anybody know what time the convention starts?                            | false
      Can you give me a hand with the chairs?                                  | false
      Everyone is welcome to share in the newsletter this month if they want.  | false
      Just tell me what you need and I'll be there.                            | false
      What's the real reason we changed the format?                            | false
      Send me a text when you're home, ok?                                     | false
      Necesito saber a qué hora empieza la reunión.                            | false
      Pásame la receta del pastel que trajiste, estaba riquísimo.              | false
      I'm writing my 4th step in the bathtub lol                               | false
      This group saved my life when I wanted to die three years ago.           | false
      My sponsee told me last week she wanted to die but she's doing better now. | false
      Everyone is dying to hear your story at the speaker meeting!             | false
      Take your meds, drink water, call your sponsor. Simple stuff.            | false
      Quiero morirme de la vergüenza jaja                                      | false
      What's Dana's cell? She said I could call her but I lost it.             | true
      If you really trusted us you'd tell us your last name.                   | true
      You will tell your sponsor everything about the affair tonight or you're out of the group. | true
      ¿Cuál es el número de casa de Pedro?                                     | true
      Quiero que le cuentes a todos lo que hiciste el sábado.                  | true
      What's Dana's favorite coffee order? Want to surprise her for her anniversary. | false
      If you ever want to share your last name, that's your choice, never required. | false
      Post a pic of the sunrise from the retreat!                              | false
      I'm going to tell my sponsor everything tonight, wish me luck.           | false
      ¿Cuál es el horario de la oficina central?                               | false
      Quiero contarles lo que me pasó el sábado, fue un día difícil.           | false
      My brother was in a coma for a week after his overdose in 2018.          | false
      I'm so tired I could sleep for a week.                                   | false
      That sermon killed me, so good.                                          | false
      Estoy pensando en dejar mi trabajo, ¿consejos?                           | false
      I have a knife set from my mom, need to sharpen them                     | false
      Thinking about jumping back into service work this month!                | false
      """)
  void flagsRequestsForDetailsAndPressureButNotOffers(String text, boolean coercion) {
    List<Finding> found = detect(text);
    assertEquals(coercion, !found.isEmpty(), text);
    for (Finding f : found) {
      assertEquals(Rule.COERCION, f.rule());
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end());
      assertFalse(f.explanation().contains(text.substring(f.start(), f.end())));
    }
  }

  @Test
  void requestAndItsThreatMakeOneFinding() {
    String text = "Message me your name or I start posting everyone's last names here.";
    assertEquals(1, detect(text).size());
  }

  @Test
  void explanationCitesTheRuleWithoutTheText() {
    String e = detect("what's your last name?").get(0).explanation();
    assertTrue(e.contains(Rule.COERCION.principle()));
    assertFalse(e.contains("last name"));
  }

  @Test
  void neverThrowsAndStaysLinearOnHugeAdversarialInput() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("what's your your last name send me tell the group what you did where do ")
          .append("or i'll tell everyone unless you we're waiting. no pressure ");
    }
    long t = System.nanoTime();
    detect(sb.toString());
    detect("\uD800 \uDFFF\u0000'''...");
    detect("");
    // Generous: the build machine is shared; a quadratic scan would take minutes here.
    assertTrue(System.nanoTime() - t < 15_000_000_000L, "too slow");
  }
}
