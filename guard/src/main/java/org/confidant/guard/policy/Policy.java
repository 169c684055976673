package org.confidant.guard.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.confidant.guard.Action;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;

/**
 * Decides what happens because of a finding: a table channel x rule (refined by personal-info
 * kind and by whose information it is) to an action.
 *
 * <p>The default table is {@code default-policy.txt} beside this class; a file in the same format
 * overrides any of its entries. Lines are {@code CHANNEL.RULE[.KIND][.SUBJECT] = ACTION}, where
 * CHANNEL may be {@code *}, SUBJECT is {@code author} or {@code other}, and {@code #} starts a
 * comment. The most specific entry wins: kind and subject, then kind, then subject, then the rule.
 *
 * <p>Guarantee: crisis is never blocked or redacted; a file that tries is refused.
 */
public final class Policy {
  private static final String DEFAULT_RESOURCE = "default-policy.txt";

  private final Map<Channel, Map<String, Action>> table;

  private Policy(Map<Channel, Map<String, Action>> table) {
    this.table = table;
    for (Channel c : Channel.values()) {
      for (Rule r : Rule.values()) {
        if (!table.get(c).containsKey(r.id())) {
          throw new IllegalArgumentException(
              "policy has no action for " + c.id() + "." + r.id());
        }
      }
    }
  }

  /** The built-in table. */
  public static Policy defaults() {
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new Policy(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          DEFAULT_RESOURCE, emptyTable()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The built-in table with the entries of {@code file} laid over it.
   *
   * @throws IllegalArgumentException naming the file and line of the first bad entry
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Policy withOverrides(Path file) {
    try {
      return defaults().overriddenBy(Files.readString(file, StandardCharsets.UTF_8),
          file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy file " + file.getFileName(), e);
    }
  }

  /**
   * This table with the entries of {@code text} laid over it.
   *
   * @param source a name for error messages
   * @throws IllegalArgumentException naming the source and line of the first bad entry
   */
  public Policy overriddenBy(String text, String source) {
    Map<Channel, Map<String, Action>> copy = emptyTable();
    table.forEach((c, m) -> copy.get(c).putAll(m));
    return new Policy(parse(text, source, copy));
  }

  /** The action for {@code finding} in {@code channel}. */
  public Action actionFor(Channel channel, Finding finding) {
    Map<String, Action> m = table.get(channel);
    String rule = finding.rule().id();
    String subject = finding.subject().name().toLowerCase(java.util.Locale.ROOT);
    Kind kind = finding.kind();
    Action a = null;
    if (kind != null) {
      a = m.get(rule + "." + kind.id() + "." + subject);
      if (a == null) {
        a = m.get(rule + "." + kind.id());
      }
    }
    if (a == null) {
      a = m.get(rule + "." + subject);
    }
    return a != null ? a : m.get(rule);
  }

  private static Map<Channel, Map<String, Action>> emptyTable() {
    Map<Channel, Map<String, Action>> t = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      t.put(c, new HashMap<>());
    }
    return t;
  }

  private static Map<Channel, Map<String, Action>> parse(
      String text, String source, Map<Channel, Map<String, Action>> into) {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + " line " + (n + 1) + ": ";
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(where + "expected CHANNEL.RULE[.KIND][.SUBJECT] = ACTION");
      }
      String[] key = line.substring(0, eq).strip().split("\\.", -1);
      Action action;
      try {
        action = Action.parse(line.substring(eq + 1));
        if (key.length < 2 || key.length > 4) {
          throw new IllegalArgumentException("expected CHANNEL.RULE[.KIND][.SUBJECT] = ACTION");
        }
        Rule rule = Rule.parse(key[1]);
        StringBuilder k = new StringBuilder(rule.id());
        for (int i = 2; i < key.length; i++) {
          String part = key[i].strip();
          if (part.equals("author") || part.equals("other")) {
            if (i != key.length - 1) {
              throw new IllegalArgumentException("the subject must come last");
            }
          } else if (rule == Rule.PERSONAL_INFO && i == 2) {
            part = Kind.parse(part).id();
          } else {
            throw new IllegalArgumentException("unexpected '" + part
                + "'; a kind is allowed only for personal-info, a subject is author or other");
          }
          k.append('.').append(part);
        }
        if (rule == Rule.CRISIS && action != Action.ALLOW && action != Action.WARN) {
          throw new IllegalArgumentException(
              "crisis can only be allow or warn: someone in danger is shown help, never blocked");
        }
        String c = key[0].strip();
        if (c.equals("*")) {
          for (Channel ch : Channel.values()) {
            into.get(ch).put(k.toString(), action);
          }
        } else {
          into.get(Channel.parse(c)).put(k.toString(), action);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    return into;
  }
}
