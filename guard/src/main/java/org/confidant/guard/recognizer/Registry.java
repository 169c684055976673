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
