package org.confidant.guard.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confidant.guard.Message;

/**
 * The people a message's context names: the author, members and sponsees, by display name
 * ("Priya S."), indexed by first name so that "priya shah" in the text can be matched to them.
 *
 * <p>Built once per message, in time linear in the context's size; never throws.
 */
final class KnownPeople {

  /** One known person: first-name key, surname initial or full surname key, author or not. */
  record Person(String first, String surname, boolean author) {
    /** Whether {@code surnameKey} completes this person's display name. */
    boolean completedBy(String surnameKey) {
      if (surname == null || surnameKey.isEmpty()) {
        return false;
      }
      return surname.length() == 1 ? surnameKey.charAt(0) == surname.charAt(0)
          : surnameKey.equals(surname);
    }
  }

  /** At most this many people per first name are kept, so that matching stays cheap. */
  private static final int MAX_SAME_FIRST = 32;

  private final Map<String, List<Person>> byFirst = new HashMap<>();

  KnownPeople(Message message) {
    add(message.author(), true);
    for (String m : message.members()) {
      add(m, false);
    }
    for (String s : message.sponsees()) {
      add(s, false);
    }
  }

  private void add(String displayName, boolean author) {
    if (displayName == null) {
      return;
    }
    List<NameToken> words = NameTokens.tokenize(displayName.length() > 200
        ? displayName.substring(0, 200) : displayName);
    if (words.size() < 2) {
      return;
    }
    String first = words.get(0).key();
    String surname = words.get(words.size() - 1).key();
    if (surname.isEmpty() || surname.charAt(0) == 0) {
      return;
    }
    List<Person> same = byFirst.computeIfAbsent(first, k -> new ArrayList<>());
    if (same.size() < MAX_SAME_FIRST || author) {
      same.add(new Person(first, surname, author));
    }
  }

  /** Whether some known person's first-name key is {@code first}'s key (memoised on it). */
  boolean hasFirst(Word first) {
    byte known = first.knownFirst;
    if (known == 0) {
      known = byFirst.containsKey(first.key) ? (byte) 2 : (byte) 1;
      first.knownFirst = known;
    }
    return known == 2;
  }

  /**
   * The known person whose display name {@code firstKey surnameKey} completes, preferring the
   * author; {@code null} when none.
   */
  Person match(String firstKey, String surnameKey) {
    List<Person> candidates = byFirst.get(firstKey);
    if (candidates == null) {
      return null;
    }
    Person found = null;
    for (Person p : candidates) {
      if (p.completedBy(surnameKey) && (found == null || p.author())) {
        found = p;
      }
    }
    return found;
  }

}
