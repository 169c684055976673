package org.confidant.guard.meeting;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.Subject;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;

/**
 * Flags, outside a meeting, a stretch of text that copies or closely paraphrases one of the
 * confidential shares the writer heard (the message's {@link ShareIndex}).
 *
 * <p>Deliberately passes: any text sent inside a meeting (answering a share there is fine), texts
 * that share only a theme with a share ("I lost my brother too"), and writers without shares on
 * record. It cannot tell the writer's own share from someone else's, so a member quoting their own
 * share closely outside the meeting is flagged too; repeating one's own story in general terms
 * stays below the threshold. Never throws; linear in the text's length.
 */
public final class MeetingContentRecognizer implements Recognizer {
  static final String ID = "meeting-content";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Rule rule() {
    return Rule.MEETING_CONTENT;
  }

  @Override
  public void recognize(Analysis analysis, List<Finding> out) {
    ShareIndex shares = analysis.message().shares();
    if (analysis.channel() == Channel.MEETING || shares.isEmpty()) {
      return;
    }
    // A fingerprint index reads the words the report recognizer reads: tokenized once per check.
    List<ShareIndex.ShareMatch> matches = shares instanceof FingerprintIndex index
        ? index.matches(Tokens.of(analysis)) : shares.matches(analysis.normalized());
    for (ShareIndex.ShareMatch m : matches) {
      if (m.end() <= m.start()) {
        continue;
      }
      double score = Math.min(0.95, 0.55 + 0.5 * m.similarity());
      out.add(analysis.finding(Rule.MEETING_CONTENT, null, m.start(), m.end(), score,
          Subject.OTHER, explanation(), ID));
    }
  }

  static String explanation() {
    return "This repeats, nearly word for word or in close paraphrase, something a member shared "
        + "in a confidential meeting. " + Rule.MEETING_CONTENT.principle()
        + ": please keep what people share inside the meeting.";
  }
}
