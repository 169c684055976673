package org.confidant.guard.recognizer;

import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;

/**
 * Detects one rule, or one kind of personal information, in a message.
 *
 * <p>Contract: {@link #recognize} reads only the analysis, adds findings whose spans lie inside
 * the original text, does no I/O, keeps no state between calls (it may be called from many threads
 * at once), and runs in time linear in the text's length. It reports; it never decides what
 * happens (that is {@link org.confidant.guard.policy.Policy}'s job).
 */
public interface Recognizer {

  /** A stable id such as {@code "personal-info/phone"} or {@code "crisis"}. */
  String id();

  /** The rule this recognizer reports. */
  Rule rule();

  /** Adds this recognizer's findings for {@code analysis} to {@code out}. */
  void recognize(Analysis analysis, List<Finding> out);
}
