package org.confidant.guard.personal;

import org.confidant.guard.Rule;
import org.confidant.guard.Subject;

/**
 * Plain-language explanations for contact details (phone, email, handle) that cite the rule and
 * never repeat the detail itself.
 */
final class ContactExplanation {
  private ContactExplanation() {}

  /**
   * The explanation for a detail described by {@code noun} ("phone number") owned by
   * {@code subject}.
   */
  static String of(String noun, Subject subject) {
    String rule = Rule.PERSONAL_INFO.principle();
    if (subject == Subject.AUTHOR) {
      return "This looks like your own " + noun + ". " + rule
          + ": share it only with people you trust, in private, never where the public can see"
          + " it.";
    }
    return "This looks like someone else's " + noun + ". " + rule
        + ": pass it on only with their consent, in private.";
  }
}
