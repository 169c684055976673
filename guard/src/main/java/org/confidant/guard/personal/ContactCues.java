package org.confidant.guard.personal;

import org.confidant.guard.recognizer.Analysis;

/**
 * The one cue index per message that the phone, email and handle recognizers share: their cue
 * sets compiled into a single {@link Cues.Index}, so the message is split into cue words once.
 *
 * <p>A query for one set gives the same answer as an index built for that set alone (each word
 * carries one bit per set). The index lives in the analysis and dies with it.
 */
final class ContactCues {
  private ContactCues() {}

  /** Every cue set of the three recognizers (at most 31). */
  private static final Cues.Index INDEX = new Cues.Index(
      PhoneContext.PHONE, PhoneContext.NOT_PHONE, PhoneContext.UNITS, PhoneContext.PUBLIC,
      PhoneContext.TOLL_FREE_PUBLIC, PhoneContext.PERSONAL, PhoneContext.IN_CASE,
      PhoneContext.CONJUNCTIONS, EmailRecognizer.INSTRUCTIONS, HandleRecognizer.PLATFORM_CUES,
      HandleRecognizer.PAYMENT_CUES, HandleRecognizer.DISCORD_CUES, HandleRecognizer.FOLLOW_CUES);

  private static final Object SHARED = new Object();

  /** The cue index over the analysis's lower-cased normalized text, built once per message. */
  static Cues of(Analysis analysis) {
    return analysis.shared(SHARED, a -> new Cues(a.normalized().lower(), INDEX));
  }
}
