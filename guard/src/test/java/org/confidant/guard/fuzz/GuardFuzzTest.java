package org.confidant.guard.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.Verdict;
import org.confidant.guard.meeting.FingerprintIndex;
import org.confidant.guard.meeting.FingerprintKey;

/**
 * Fuzzes the whole guard with a message whose text, channel, author, members, sponsees and shares
 * come from the fuzz data: no exception; every finding's span lies inside the text; the redacted
 * text exists; a crisis finding means the message is never blocked and help is shown.
 *
 * <p>Plain {@code mvn test} replays the seeds under {@code GuardFuzzTestInputs/}; run
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -pl guard -Dtest=GuardFuzzTest} to fuzz for real.
 */
class GuardFuzzTest {
  private static final Guard GUARD = Guard.standard();
  private static final FingerprintKey KEY = FingerprintKey.fromBytes(new byte[32]);

  @DictionaryEntries({" at ", " dot ", "@", "'", "(at)", "[dot]", " arroba ", " punto ", ".com",
      "five ", "oh ", " o ", "cinco ", "cero ", "double ", "thirty ", " y ", "dash ", "555-",
      "\u0430", "\u0435", "\u041E", "\u0417", "\u0301", "\u200B", "\uFF20", "\uD835\uDC23",
      "my sponsee ", "Jake T.", "meeting", "relapsed", "kill myself", "what's your last name"})
  @FuzzTest(maxDuration = "60s")
  void keepsItsPromisesOnAnyMessage(FuzzedDataProvider data) {
    Channel channel = data.pickValue(Channel.values());
    String author = data.consumeBoolean() ? data.consumeString(24) : null;
    List<String> members = names(data);
    List<String> sponsees = names(data);
    int shareFrom = data.consumeInt(0, 1000);
    int shareLength = data.consumeInt(0, 400);
    String text = data.consumeRemainingAsString();
    FingerprintIndex.Builder shares = FingerprintIndex.builder(KEY);
    if (shareLength > 0 && shareFrom < text.length()) {
      shares.add(text.substring(shareFrom, Math.min(text.length(), shareFrom + shareLength)));
    }
    Message message = Message.builder(text, channel).author(author).members(members)
        .sponsees(sponsees).shares(shares.build()).build();

    Verdict verdict = GUARD.check(message);

    assertNotNull(verdict.redactedText());
    assertNotNull(verdict.action());
    boolean crisis = false;
    for (Finding f : verdict.findings()) {
      assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(),
          "finding span inside the text");
      assertNotNull(f.explanation());
      crisis |= f.rule() == Rule.CRISIS;
    }
    if (crisis) {
      assertNotEquals(Action.BLOCK, verdict.action(), "a member in crisis is never blocked");
    }
    assertEquals(crisis, !verdict.help().isEmpty(), "help shown exactly on crisis");
  }

  private static List<String> names(FuzzedDataProvider data) {
    int count = data.consumeInt(0, 3);
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(data.consumeString(24));
    }
    return names;
  }
}
