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

class HandleRecognizerTest {
  private final HandleRecognizer handle = new HandleRecognizer();

  /** Text, then the stretches that must be flagged (joined by " | "), "" for none. */
  static Stream<Arguments> flagsHandlesAndProfileLinksButNotMentionsOrPlatformNames() {
    return Stream.of(
        arguments("my instagram is @carlos.g.runs, follow back?", "@carlos.g.runs"),
        arguments("Tag your sponsor! Mine is @ray_dunbar_sober — best sponsor",
            "@ray_dunbar_sober"),
        arguments("come say hi @jenq_sober", "@jenq_sober"),
        arguments("follow @sobermike for memes", "@sobermike"),
        arguments("follow my recovery journey on tiktok, sober_sam_88 🥤 day 12", "sober_sam_88"),
        arguments("add me on snap: dana_wh1tfield (the 1 is a one)", "dana_wh1tfield"),
        arguments("I'm on insta as jtorres_sober if anyone wants to follow", "jtorres_sober"),
        arguments("DM me on IG: omar.f.recovers and I'll add you.", "omar.f.recovers"),
        arguments("follow me on insta, sober.dana.w, I post every morning", "sober.dana.w"),
        arguments("she's on fb as jess.pryor.92 if you want to check", "jess.pryor.92"),
        arguments("my snap is jaket99", "jaket99"),
        arguments("insta jaket99", "jaket99"),
        arguments("IG:jake.t.sober", "jake.t.sober"),
        arguments("my twitter handle is jakerecovers", "jakerecovers"),
        arguments("my handle everywhere is jaket99", "jaket99"),
        arguments("find me on X: JakeRecovers", "JakeRecovers"),
        arguments("my linkedin is linkedin.com/in/tasha-nguyen-rn if anyone needs",
            "linkedin.com/in/tasha-nguyen-rn"),
        arguments("Follow my journey at instagram.com/priya.sobriety",
            "instagram.com/priya.sobriety"),
        arguments("my profile is facebook.com/marcus.jennings.503 if you want",
            "facebook.com/marcus.jennings.503"),
        arguments("Follow my journey@instagram.com/priya.sobriety", "instagram.com/priya.sobriety"),
        arguments("https://www.tiktok.com/@sober_sam_88", "https://www.tiktok.com/@sober_sam_88"),
        arguments("see x.com/jaket99/status/123 and twitter.com/jaket99",
            "x.com/jaket99/status/123 | twitter.com/jaket99"),
        arguments("youtube.com/@jakerecovers", "youtube.com/@jakerecovers"),
        arguments("my reddit is u/sober_jake_99", "u/sober_jake_99"),
        arguments("discord: jaket#1234", "jaket#1234"),
        arguments("venmo me $jaket99 for the coffee", "$jaket99"),
        arguments("cash.app/$jaket99", "cash.app/$jaket99"),
        arguments("my venmo is @jake-torres-7", "@jake-torres-7"),
        arguments("Snapchat: sobergirl22", "sobergirl22"),
        arguments("snap me, username is soberjake", "soberjake"),
        arguments("facebook.com/profile.php?id=100012345678",
            "facebook.com/profile.php?id=100012345678"),
        // Spanish.
        arguments("mi insta es jaket_sobrio", "jaket_sobrio"),
        arguments("sígueme en tiktok: sobrio.carlos", "sobrio.carlos"),
        arguments("mi snap es carlitosr", "carlitosr"),
        arguments("búscame en instagram como @lupe.g.sobria", "@lupe.g.sobria"),
        // Not handles.
        arguments("email me at jake@example.com", ""),
        arguments("meet @ 7pm at the church", ""),
        arguments("see you @7pm, or @7:30", ""),
        arguments("@everyone the meeting moved; @here reminder", ""),
        arguments("coffee @the church after", ""),
        arguments("I deleted instagram last year", ""),
        arguments("insta is so toxic lately", ""),
        arguments("I'm on insta now too much", ""),
        arguments("my insta is private now", ""),
        arguments("find me on facebook, Jake Torres", ""),
        arguments("on instagram and tiktok all day", ""),
        arguments("@Sarah thanks for chairing", ""),
        arguments("@mike see you there", ""),
        arguments("The literature order arrived. $212 total, $USD only", ""),
        arguments("case#1234 and room#1234", ""),
        arguments("r/stopdrinking is a great sub", ""),
        arguments("instagram.com and facebook.com/groups/soberwomen", ""),
        arguments("like facebook.com/AlcoholicsAnonymous for news", ""),
        arguments("aa.org has a meeting finder", ""),
        arguments("follow us @aaworldservices on x", ""),
        arguments("linkedin.com/company/acme youtube.com/watch?v=abc123 x.com/search?q=aa", ""),
        arguments("https://www.instagram.com/p/Cx123/ and instagram.com/alcoholicsanonymous", ""),
        arguments("Send $20 to my cashapp; I'm on tiktok way too much", ""),
        arguments("X marks the spot, oh snap lol", ""),
        arguments("borré mi instagram, nos vemos @ la iglesia", ""),
        arguments("", ""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource
  void flagsHandlesAndProfileLinksButNotMentionsOrPlatformNames(String text, String expected) {
    assertThat(Detect.flagged(handle, text)).isEqualTo(expected);
  }

  @Test
  void reportsWhoseHandleItIsWithoutRepeatingIt() {
    Finding mine = Detect.findings(handle, "my snap is jaket99").get(0);
    Finding hers = Detect.findings(handle, "she's on fb as jess.pryor.92").get(0);
    assertThat(mine.subject()).isEqualTo(Subject.AUTHOR);
    assertThat(mine.kind()).isEqualTo(Kind.HANDLE);
    assertThat(mine.recognizer()).isEqualTo("personal-info/handle");
    assertThat(mine.explanation()).contains("your own social-media handle").doesNotContain("jake");
    assertThat(hers.subject()).isEqualTo(Subject.OTHER);
    assertThat(hers.explanation()).doesNotContain("jess");
  }
}
