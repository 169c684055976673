package org.confidant.guard.recognizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recognizers a guard runs, in plain code: no scanning, no reflection.
 *
 * <p>{@link #defaults()} lists every built-in recognizer; {@link #of} builds a custom set, e.g.
 * for tests of one rule.
 */
public final class Registry {
  private final List<Recognizer> recognizers;

  private Registry(List<Recognizer> recognizers) {
    Map<String, Recognizer> byId = new LinkedHashMap<>();
    for (Recognizer r : recognizers) {
      if (byId.putIfAbsent(r.id(), r) != null) {
        throw new IllegalArgumentException("two recognizers share the id " + r.id());
      }
    }
    this.recognizers = List.copyOf(byId.values());
  }

  /** A registry of exactly the given recognizers. */
  public static Registry of(Recognizer... recognizers) {
    return new Registry(List.of(recognizers));
  }

  /** Every built-in recognizer. */
  public static Registry defaults() {
    List<Recognizer> all = new ArrayList<>();
    // Each rule's package adds its recognizers here.
    // personal-info: contact details (phone, email, social-media handle)
    all.add(new org.confidant.guard.personal.PhoneRecognizer());
    all.add(new org.confidant.guard.personal.EmailRecognizer());
    all.add(new org.confidant.guard.personal.HandleRecognizer());
    // personal-info/full-name: a private person's first and last name.
    all.add(new org.confidant.guard.names.FullNameRecognizer());
    // individual-case: no discussion of individual cases.
    all.add(new org.confidant.guard.cases.IndividualCaseRecognizer());
    // public-disclosure: no social media or online discussion of meetings or members.
    all.add(new org.confidant.guard.disclosure.PublicDisclosureRecognizer());
    // meeting-content: What happens in meetings stays in meetings
    all.add(new org.confidant.guard.meeting.MeetingContentRecognizer());
    all.add(new org.confidant.guard.meeting.MeetingReportRecognizer());
    // crisis: the writer or someone with them is in danger now (shown help, never blocked).
    all.add(new org.confidant.guard.crisis.CrisisRecognizer());
    // coercion: pressure or requests to give up personal details or one's story.
    all.add(new org.confidant.guard.coercion.CoercionRecognizer());
    // personal-info: street addresses, identification numbers, dates of birth.
    all.add(new org.confidant.guard.personal.AddressRecognizer());
    all.add(new org.confidant.guard.personal.IdNumberRecognizer());
    all.add(new org.confidant.guard.personal.BirthDateRecognizer());
    return new Registry(all);
  }

  /** The recognizers, in the order they run. */
  public List<Recognizer> recognizers() {
    return Collections.unmodifiableList(recognizers);
  }
}
