package org.confidant.guard.cli;

import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.Finding;
import org.confidant.guard.HelpResource;
import org.confidant.guard.Verdict;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders findings and verdicts as the command line prints them: offsets in code points, the
 * flagged words, and the explanation.
 *
 * <p>Field names are stable; {@code kind} is always present, {@code null} outside personal-info.
 */
final class FindingView {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private FindingView() {}

  /** One finding: rule, kind, start, end (code points, end exclusive), text, score, explanation. */
  static ObjectNode finding(String text, CodePoints cp, Finding f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("rule", f.rule().id());
    if (f.kind() == null) {
      o.putNull("kind");
    } else {
      o.put("kind", f.kind().id());
    }
    o.put("start", cp.of(f.start()));
    o.put("end", cp.of(f.end()));
    o.put("text", flagged(text, f));
    o.put("score", round(f.score()));
    o.put("explanation", f.explanation());
    return o;
  }

  /** The whole verdict of a single check, for {@code check --format json}. */
  static ObjectNode verdict(String text, String channel, Verdict v) {
    CodePoints cp = new CodePoints(text);
    ObjectNode o = JSON.createObjectNode();
    o.put("channel", channel);
    o.put("action", v.action().id());
    ArrayNode fs = o.putArray("findings");
    for (Verdict.Decision d : v.decisions()) {
      ObjectNode f = finding(text, cp, d.finding());
      f.put("label", d.finding().label());
      f.put("subject", d.finding().subject().name().toLowerCase(java.util.Locale.ROOT));
      f.put("action", d.action().id());
      fs.add(f);
    }
    o.put("redacted", v.redactedText());
    o.set("help", help(v.help()));
    return o;
  }

  /** The help resources as a JSON array. */
  static ArrayNode help(List<HelpResource> help) {
    ArrayNode a = JSON.createArrayNode();
    for (HelpResource h : help) {
      ObjectNode r = a.addObject();
      r.put("name", h.name());
      r.put("contact", h.contact());
      r.put("description", h.description());
    }
    return a;
  }

  /** The verdict as readable text, for {@code check --format text}. */
  static String verdictText(String text, Verdict v) {
    CodePoints cp = new CodePoints(text);
    StringBuilder b = new StringBuilder();
    // Someone in danger sees where to get help before anything else.
    if (!v.help().isEmpty()) {
      b.append("If you or someone with you is in danger, help is there now:\n");
      for (HelpResource h : v.help()) {
        b.append("  ").append(h.name()).append(": ").append(h.contact()).append(". ")
            .append(h.description()).append('\n');
      }
      b.append('\n');
    }
    b.append("action: ").append(v.action().id()).append('\n');
    if (v.decisions().isEmpty()) {
      b.append("findings: none\n");
    } else {
      b.append("findings: ").append(v.decisions().size()).append('\n');
    }
    for (Verdict.Decision d : v.decisions()) {
      Finding f = d.finding();
      b.append(String.format(java.util.Locale.ROOT, "  %-6s %s at %d-%d \"%s\" (score %.2f)%n",
          d.action().id(), f.label(), cp.of(f.start()), cp.of(f.end()), oneLine(flagged(text, f)),
          f.score()));
      b.append("         ").append(f.explanation()).append('\n');
    }
    if (v.action() == Action.REDACT || v.action() == Action.BLOCK) {
      b.append("redacted:\n").append(indent(v.redactedText())).append('\n');
    }
    return b.toString();
  }

  private static String flagged(String text, Finding f) {
    int end = Math.min(f.end(), text.length());
    int start = Math.min(f.start(), end);
    return text.substring(start, end);
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String indent(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return "  " + s.substring(0, end).replace("\n", "\n  ");
  }
}
