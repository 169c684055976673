package org.confidant.guard.people;

import java.util.Set;

/** Builds the immutable word sets the people, cases and disclosure packages use. */
public final class Words {
  private Words() {}

  /** An immutable set of {@code words}; repeats are allowed and kept once. */
  public static Set<String> set(String... words) {
    return org.confidant.guard.text.WordTable.of(words);
  }
}
