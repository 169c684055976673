package org.confidant.guard.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confidant.guard.Message;

/**
 * The people a message's context names: its members and sponsees by first name (with the last
 * initial when given), and its author.
 *
 * <p>Display names follow the fellowship's custom, "Jake T."; the first word is the first name.
 * A member whose first name is the author's own is taken to be the writer.
 */
public final class Roster {
  private final Map<String, Character> listed = new HashMap<>();
  private final String authorFirst;
  private final char authorInitial;
  /** The listed first names when there are few (compared one by one), else {@code null}. */
  private final String[] firstNames;
  private final int[] firstHashes;

  private Roster(Message m) {
    String[] author = split(m.author());
    authorFirst = author[0];
    authorInitial = author[1].isEmpty() ? 0 : author[1].charAt(0);
    add(m.members());
    add(m.sponsees());
    firstNames = listed.size() <= 8 ? listed.keySet().toArray(new String[0]) : null;
    if (firstNames != null) {
      firstHashes = new int[firstNames.length];
      for (int i = 0; i < firstNames.length; i++) {
        firstHashes[i] = firstNames[i].hashCode();
      }
    } else {
      firstHashes = null;
    }
  }

  /** The roster of {@code message}'s context. */
  public static Roster of(Message message) {
    return new Roster(message);
  }

  private void add(List<String> names) {
    for (String n : names) {
      String[] p = split(n);
      if (!p[0].isEmpty() && !p[0].equals(authorFirst)) {
        listed.putIfAbsent(p[0], p[1].isEmpty() ? 0 : p[1].charAt(0));
      }
    }
  }

  private static String[] split(String displayName) {
    if (displayName == null) {
      return new String[] {"", ""};
    }
    // The first two runs of characters between white space and dots.
    String[] parts = new String[2];
    int count = 0;
    int from = -1;
    int n = displayName.length();
    for (int i = 0; i < n && count < 2; i++) {
      char c = displayName.charAt(i);
      if (Character.isWhitespace(c) || c == '.') {
        if (from >= 0) {
          parts[count++] = displayName.substring(from, i);
          from = -1;
        }
      } else if (from < 0) {
        from = i;
      }
    }
    if (from >= 0 && count < 2) {
      parts[count++] = displayName.substring(from);
    }
    String first = count > 0 ? Tokens.key(parts[0]) : "";
    String rest = count > 1 ? Tokens.key(parts[1]) : "";
    return new String[] {first, rest};
  }

  /** Whether {@code key} (a {@link Tokens#key}) is the first name of a listed member or sponsee. */
  public boolean isListed(String key) {
    if (firstNames == null) {
      return listed.containsKey(key);
    }
    for (String k : firstNames) {
      if (k.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #isListed(String)}, given {@code hash == key.hashCode()}. */
  boolean isListed(String key, int hash) {
    if (firstNames == null) {
      return listed.containsKey(key);
    }
    for (int i = 0; i < firstNames.length; i++) {
      if (firstHashes[i] == hash && firstNames[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The listed person's last initial (lower case), or 0 when unknown or not listed. */
  public char initialOf(String key) {
    Character c = listed.get(key);
    return c == null ? 0 : c;
  }

  /** Whether {@code key} is the author's first name. */
  public boolean isAuthor(String key) {
    return !authorFirst.isEmpty() && authorFirst.equals(key);
  }

  /** The author's last initial (lower case), or 0 when unknown. */
  public char authorInitial() {
    return authorInitial;
  }
}
