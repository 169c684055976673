package org.confidant.guard.crisis;

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

class CrisisRecognizerTest {
  private final CrisisRecognizer recognizer = new CrisisRecognizer();

  private List<Finding> detect(String text) {
    Analysis a = new Analysis(Message.of(text, Channel.DIRECT), new Normalizer().normalize(text));
    List<Finding> out = new ArrayList<>();
    recognizer.recognize(a, out);
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # Suicidal thoughts now, first person, English.
      I want to die. I can't do this anymore.                                  | true
      honestly I don't want to be here anymore                                 | true
      been thinking about ending it all tonight                                | true
      I'm thinking about killing myself                                        | true
      I don't know if I can keep going                                         | true
      Everyone would be better off without me                                  | true
      nobody would even care if I was gone. I'm so tired.                      | true
      I cut myself again tonight                                               | true
      I'm at the bar and I want to die                                         | true
      # Means at hand, overdose, emergency.
      I have a bottle of pills in front of me and I keep counting them         | true
      I loaded my gun and I'm sitting in the car                               | true
      I just swallowed 30 of my sleeping pills                                 | true
      I took a whole bottle of Advil like an hour ago                          | true
      my friend took too much and won't wake up, what do I do                  | true
      He's not breathing!! I'm with him at his place                           | true
      my chest hurts so bad and my left arm is numb, I'm home alone            | true
      # Relapse in progress with danger.
      I'm drinking right now and I have my car keys in my hand                 | true
      I'm so drunk and about to drive home                                     | true
      # Spanish.
      No quiero vivir más.                                                     | true
      Me quiero morir, ya no aguanto                                           | true
      Estoy pensando en quitarme la vida esta noche                            | true
      Ya no aguanto, me quiero quitar la vida                                  | true
      Creo que me voy a suicidar, no puedo más                                 | true
      Hace diez años me quise quitar la vida y hoy celebro                     | false
      Mi amigo no respira, ¿qué hago?                                          | true
      Me tomé un frasco entero de pastillas                                    | true
      Estoy borracho y voy a manejar a casa                                    | true
      Tengo la pistola en la mano                                              | true
      Todos estarían mejor sin mí                                              | true
      # Metaphors, jokes, the past, advice, other people, denials: not a crisis.
      This traffic is killing me                                               | false
      I'm dying to see you Saturday!                                           | false
      Killed it at my presentation today                                       | false
      Ugh this business meeting is so long I want to die lol                   | false
      Two years ago I wanted to die every day. Today I'm grateful.             | false
      In 2015 I took a whole bottle of pills and woke up in the ER.            | false
      If you ever feel suicidal, call 988.                                     | false
      Mike overdosed last night and is in the ICU, please pray for him         | false
      She said she wants to kill herself sometimes                             | false
      I'm not suicidal, just tired.                                            | false
      I'm not going to hurt myself, I promise. Just needed to vent.            | false
      I took my meds this morning like my doctor said                          | false
      Driving to the meeting tonight, anyone need a ride?                      | false
      I'm done! Finished my 4th step inventory                                 | false
      What do I do about resentment? I can't take it anymore with my boss      | false
      My sponsor has a knife collection lol                                    | false
      The speaker talked about a drunk driving crash                           | false
      Ya no puedo más con este calor jaja                                      | false
      Me muero de ganas de verte                                               | false
      Hace tres años quería morirme. Hoy estoy agradecida.                     | false
      # More cases, English and Spanish, positive and negative.
      I can't stop crying and I just want it all to end. I'm sorry.            | true
      I'm standing on the roof of my building and I don't know why I texted you | true
      i relapsed and im thinking about taking all my pills                     | true
      I've been saving up my pills for a month. Tonight's the night.           | true
      I'm going to kill myself. I'm sorry for everything.                      | true
      My sponsee is here with me and she's turning blue, what do I do          | true
      I think I took too many. My heart is pounding and I can't feel my hands. | true
      I'm so wasted right now and I'm getting in my car                        | true
      There's no reason to live anymore. I've made my peace.                   | true
      Help, my husband fell and hit his head, he's not responding              | true
      i just dont want to wake up tomorrow                                     | true
      I bought a gun today. I just want the pain to stop.                      | true
      I'm on the bridge. Please don't be mad.                                  | true
      I keep thinking about driving my car into a wall                         | true
      Sometimes I think everyone would be better off if I was dead             | true
      I feel like I'm going to hurt myself tonight                             | true
      Me voy a matar, ya no aguanto más                                        | true
      No quiero seguir viviendo así. Perdón a todos.                           | true
      Estoy en la azotea y ya no puedo más                                     | true
      Mi hermano tomó muchas pastillas y no despierta                          | true
      Tengo todas las pastillas aquí enfrente                                  | true
      Quiero desaparecer para siempre. Nadie me extrañaría.                    | true
      I used to want to die every day. Now I want to live.                     | false
      The heat today is murdering me lol                                       | false
      I'm dead tired, going to bed early                                       | false
      my kids are going to be the death of me 😂                                | false
      If you're having thoughts of suicide, please call or text 988.           | false
      Remember: if someone isn't breathing, call 911 and give narcan if you have it. | false
      Mike told me yesterday he's been feeling suicidal, should I call his sponsor? | false
      Our speaker tonight shared how she tried to kill herself in 2012.        | false
      I'm exhausted but I'm not giving up. One day at a time.                  | false
      I'm not going to drink tonight. Calling my sponsor instead.              | false
      Almost drove to the liquor store. Went to a meeting instead.             | false
      My mom took all her pills this morning like she's supposed to            | false
      Can't wait to see everyone at the picnic!                                | false
      I took the whole day off to rest                                         | false
      Drove myself to the meeting, 90 days today!                              | false
      I'm done with my 4th step!!                                              | false
      That speaker killed it tonight                                           | false
      Estoy muerta de cansancio jaja                                           | false
      Hace diez años quería morirme. Hoy tengo una vida nueva.                 | false
      Si tienes pensamientos suicidas, llama al 988.                           | false
      I wanted to end it all back in 2016. I'm so glad I didn't.               | false
      I haven't had a drink in 2 years, but I still have bad days              | false
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
      I'm sorry. I can't be here anymore. I love you all.                      | true
      pills are counted out on the counter. 40 of them. just wanted someone to know | true
      I'm halfway through a fifth and the gun is on the table                  | true
      My roommate is seizing on the floor after snorting something, I called 911 but what do I do until they get here | true
      i'm gonna do it tonight. i've written the note.                          | true
      I don't think I'll make it through the night                             | true
      Just wanted to say thank you for everything. By the time you read this I'll be gone. | true
      I want to disappear forever. Nobody needs me.                            | true
      drank a whole bottle of vodka and took my xanax, feeling really weird    | true
      Estoy tomando y tengo las llaves del carro en la mano                    | true
      Esta noche voy a terminar con todo. Gracias por todo, padrino.           | true
      Mi amiga se tomó un montón de pastillas y no reacciona                   | true
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
      hey sorry to bother you this late. i have the razor blades out again and i don't think i can stop this time | true
      Can't stop thinking about jumping. The bridge is like 5 min from my house. | true
      Please come get me, I've had 10 drinks and I'm thinking about swallowing the rest of my Klonopin | true
      My dad just collapsed and he's not breathing, I'm doing CPR              | true
      I feel like I'm having a heart attack after that line of coke, my chest is on fire | true
      I'm a burden to everyone. I've decided tonight is the night.             | true
      I don't want to live anymore, I've been sober 6 years and I still feel like this | true
      ya no quiero seguir. tengo todo listo.                                   | true
      Creo que tomé demasiadas pastillas, me siento muy mal y estoy sola       | true
      No le veo sentido a nada. Quiero dormir y no despertar.                  | true
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
      Goodbye everyone, moving to Denver next week! I love you all.            | false
      Thank you for everything, this group saved my life. Bye guys!            | false
      Goodbye everyone. I'm sorry for everything.                              | true
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
      I'm sitting in my car with a hose running from the exhaust               | true
      I took every pill in the house. I'm so tired.                            | true
      My sponsee just called me slurring and said she took a bunch of pills, she's at home alone, what do I do | true
      I'm going to jump. I'm sorry.                                            | true
      I just want to sleep forever                                             | true
      Tengo ganas de tirarme del puente                                        | true
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
      I'm at the motel and I've got enough heroin to not wake up. I just wanted to say sorry. | true
      can someone call me. i'm on the bathroom floor and i took something and i can't feel my legs | true
      Every night I sit with the bottle of sleeping pills and count them. Tonight I might not stop at counting. | true
      i dont wanna be alive anymore                                            | true
      My girlfriend overdosed in the bathroom, she's breathing weird and I can't wake her | true
      I'm drunk and I'm about to get behind the wheel, I don't care anymore    | true
      I relapsed. I'm so ashamed. I'm going to end it tonight.                 | true
      me corté otra vez y no para de sangrar                                   | true
      Ya tengo la cuerda lista. Gracias por todo, de verdad.                   | true
      I'm so ashamed of how I acted at the meeting, I owe everyone an amends.  | false
      The sponsee I told you about overdosed in 2019 and survived. She's 4 years clean now. | false
      I'm drunk on gratitude today lol                                         | false
      Tonight's topic: how do we deal with suicidal thoughts in sobriety? All welcome. | false
      A lot of us came in wanting to die. It gets better.                      | false
      I used to count pills every night before I got sober.                    | false
      My sponsor saved my life when I was suicidal. I owe her everything.      | false
      Tengo que ir al médico mañana porque me duele la espalda                 | false
      Me corté el pelo, ¿qué opinan? jaja                                      | false
      I need to see the meeting schedule, can someone post it?                 | false
      Anybody know what time the convention starts?                            | false
      Can you give me a hand with the chairs?                                  | false
      Everyone is welcome to share in the newsletter this month if they want.  | false
      Just tell me what you need and I'll be there.                            | false
      What's the real reason we changed the format?                            | false
      Send me a text when you're home, ok?                                     | false
      Necesito saber a qué hora empieza la reunión.                            | false
      Pásame la receta del pastel que trajiste, estaba riquísimo.              | false
      I'm writing this from the bathtub. I have my razor. Please tell my mom I'm sorry. | true
      idk why im telling you this but im holding a bottle of pills and i want to swallow them all | true
      he's foaming at the mouth, I think it's fentanyl, I'm with him in the car | true
      I'm so scared. I drank a lot and took my sleeping pills and now I can't stay awake. | true
      Estoy sola, tomé mucho alcohol y pastillas, siento que me voy a desmayar. | true
      No aguanto más, quiero morirme ya.                                       | true
      I'm writing my 4th step in the bathtub lol                               | false
      This group saved my life when I wanted to die three years ago.           | false
      My sponsee told me last week she wanted to die but she's doing better now. | false
      Everyone is dying to hear your story at the speaker meeting!             | false
      Take your meds, drink water, call your sponsor. Simple stuff.            | false
      Quiero morirme de la vergüenza jaja                                      | false
      What's Dana's favorite coffee order? Want to surprise her for her anniversary. | false
      If you ever want to share your last name, that's your choice, never required. | false
      Post a pic of the sunrise from the retreat!                              | false
      I'm going to tell my sponsor everything tonight, wish me luck.           | false
      ¿Cuál es el horario de la oficina central?                               | false
      Quiero contarles lo que me pasó el sábado, fue un día difícil.           | false
      i took half a bottle of ambien and now im scared                         | true
      There's a rope in my closet and I keep looking at it.                    | true
      I'm typing this with a knife in my other hand.                           | true
      my brother isn't waking up and his lips are blue                         | true
      Estoy pensando en tirarme del balcón.                                    | true
      Me tomé un frasco de pastillas, perdóname.                               | true
      My brother was in a coma for a week after his overdose in 2018.          | false
      I'm so tired I could sleep for a week.                                   | false
      That sermon killed me, so good.                                          | false
      Estoy pensando en dejar mi trabajo, ¿consejos?                           | false
      I have a knife set from my mom, need to sharpen them                     | false
      Thinking about jumping back into service work this month!                | false
      """)
  void flagsDangerNowButNotMetaphorsStoriesOrAdvice(String text, boolean crisis) {
    List<Finding> found = detect(text);
    assertEquals(crisis, !found.isEmpty(), text);
    for (Finding f : found) {
      assertEquals(Rule.CRISIS, f.rule());
      assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end());
      assertFalse(f.explanation().contains(text.substring(f.start(), f.end())));
    }
  }

  @Test
  void nearbySignalsMakeOneFindingOverTheDangerClause() {
    String text = "I'm so done. I have the rope. Goodbye everyone.";
    List<Finding> found = detect(text);
    assertEquals(1, found.size());
    assertTrue(text.substring(found.get(0).start(), found.get(0).end()).contains("the rope"));
  }

  @Test
  void explanationIsWarmAndCitesTheRule() {
    String e = detect("I want to die").get(0).explanation();
    assertTrue(e.contains("help is available"));
    assertTrue(e.contains(Rule.CRISIS.principle()));
  }

  @Test
  void neverThrowsAndStaysLinearOnHugeAdversarialInput() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("i i want to to die pills all my pills lined took all 55 \uD83D\uDE02 ¿ ' ")
          .append("goodbye everyone what do i do passed out drunk driving ");
    }
    String huge = sb.toString();
    long t = System.nanoTime();
    detect(huge);
    detect("\uD800 \uDFFF\u0000'''...");
    detect("");
    // Generous: the build machine is shared; a quadratic scan would take minutes here.
    assertTrue(System.nanoTime() - t < 15_000_000_000L, "too slow");
  }
}
