package org.confidant.guard.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.confidant.guard.Channel;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the corpus format: JSON Lines, one {@link Example} per line, every field of the GUIDE.
 *
 * <p>Blank lines are skipped. A bad line fails with its line number and the reason, never with
 * the line's text (which may hold personal information).
 */
public final class CorpusReader {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * Reads every example from {@code in}.
   *
   * @param requireExpect whether {@code expect} must be present (scoring) or may be absent
   *     (checking unlabelled texts)
   * @throws IllegalArgumentException for a malformed line, naming its number
   */
  public List<Example> read(BufferedReader in, boolean requireExpect) throws IOException {
    List<Example> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      Example e;
      try {
        e = parse(JSON.readTree(line), requireExpect);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("line " + n + ": " + ex.getMessage(), ex);
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException("line " + n + ": not a JSON object", ex);
      }
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("line " + n + ": duplicate id " + e.id());
      }
      out.add(e);
    }
    return out;
  }

  /** Parses one example object. */
  public Example parse(JsonNode o, boolean requireExpect) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = requiredText(o, "id");
    Channel channel = Channel.parse(requiredText(o, "channel"));
    String text = requiredText(o, "text");
    List<Example.Expected> expect = null;
    JsonNode ex = o.get("expect");
    if (ex != null && !ex.isNull()) {
      if (!ex.isArray()) {
        throw new IllegalArgumentException("expect must be an array");
      }
      expect = new ArrayList<>();
      for (JsonNode f : ex) {
        Rule rule = Rule.parse(requiredText(f, "rule"));
        JsonNode k = f.get("kind");
        Kind kind = k == null || k.isNull() ? null : Kind.parse(k.asString());
        if ((rule == Rule.PERSONAL_INFO) != (kind != null)) {
          throw new IllegalArgumentException("a kind is required for personal-info and only for it");
        }
        String quote = requiredText(f, "quote");
        if (!text.contains(quote)) {
          throw new IllegalArgumentException("a quote of example " + id + " is not in its text");
        }
        expect.add(new Example.Expected(rule, kind, quote));
      }
    } else if (requireExpect) {
      throw new IllegalArgumentException("missing field 'expect'");
    }
    List<Example.Span> ignore = new ArrayList<>();
    JsonNode ig = o.get("ignore");
    if (ig != null && ig.isArray()) {
      for (JsonNode s : ig) {
        int cs = s.get("start").asInt();
        int ce = s.get("end").asInt();
        int cpCount = text.codePointCount(0, text.length());
        if (cs < 0 || ce < cs || ce > cpCount) {
          throw new IllegalArgumentException("ignore span outside the text");
        }
        ignore.add(new Example.Span(
            text.offsetByCodePoints(0, cs), text.offsetByCodePoints(0, ce)));
      }
    }
    JsonNode note = o.get("note");
    return new Example(id, channel, optionalText(o, "author"), strings(o, "members"),
        strings(o, "sponsees"), strings(o, "shares"), text, expect, ignore,
        note == null || note.isNull() ? null : note.asString());
  }

  private static String requiredText(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isString()) {
      throw new IllegalArgumentException("missing or non-string field '" + field + "'");
    }
    return v.asString();
  }

  private static String optionalText(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static List<String> strings(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      out.add(s.asString());
    }
    return out;
  }
}
