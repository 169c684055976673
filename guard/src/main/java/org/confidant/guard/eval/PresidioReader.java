package org.confidant.guard.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.confidant.guard.Channel;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Presidio's generated PII test data (a JSON array of {@code {full_text, spans:
 * [{entity_type, entity_value, start_position, end_position}], ...}}, offsets in code points)
 * into {@link Example}s that the guard's {@link Scorer} can score.
 *
 * <p>Presidio labels every kind of personal data for a generic detector; the guard reports only
 * what the fellowship's rules forbid, so the labels are mapped:
 * <ul>
 *   <li>{@code PERSON} of two or more words: expected {@code personal-info/full-name}; of one
 *       word (a first name or surname alone, which the rules allow): an ignore span.
 *   <li>{@code STREET_ADDRESS} and {@code ADDRESS}: expected {@code address}. Presidio splits
 *       an address into pieces (building number, street, suite, city, zip); pieces of
 *       {@code ADDRESS}, {@code STREET_ADDRESS}, {@code LOCATION} and {@code GPE} that follow
 *       one another with only blanks and punctuation between are merged into one address. A
 *       merged address with no digit or no letters (a zip code alone, "ZIP: 11164") is ignored,
 *       not expected.
 *   <li>{@code PHONE_NUMBER}: expected {@code phone}; {@code EMAIL_ADDRESS}: expected
 *       {@code email}.
 *   <li>{@code CREDIT_CARD}, {@code IBAN_CODE}, {@code US_SSN}, {@code US_DRIVER_LICENSE},
 *       {@code US_PASSPORT}, {@code US_BANK_NUMBER}, {@code US_ITIN}: expected
 *       {@code id-number}.
 *   <li>Every other type ({@code ORGANIZATION}, {@code LOCATION} or {@code GPE} standing alone,
 *       {@code DATE_TIME}, {@code TITLE}, {@code NRP}, {@code IP_ADDRESS}, {@code URL},
 *       {@code DOMAIN_NAME}, ...): an ignore span, so findings there count neither way.
 * </ul>
 * Every example goes to the {@code direct} channel, a neutral private channel, so that
 * public-disclosure does not fire; it has no author, members, sponsees or shares. Ids are
 * {@code presidio-N}, N the entry's position from 0.
 *
 * <p>A span whose offsets do not frame its {@code entity_value} is looked up by value in the
 * text; when the value is not in the text the span is dropped. Fails with
 * {@link IllegalArgumentException} naming the entry's position (never its text) when an entry
 * is not an object with a string {@code full_text}.
 */
public final class PresidioReader {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** The channel every example is checked on. */
  public static final Channel CHANNEL = Channel.DIRECT;

  /** Reads every entry of the JSON array in {@code in}. */
  public List<Example> read(Reader in) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("expected a JSON array of entries");
    }
    List<Example> out = new ArrayList<>();
    int n = 0;
    for (JsonNode entry : root) {
      try {
        out.add(parse("presidio-" + n, entry));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("entry " + n + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        // Other exceptions' messages may quote the entry's text: name only the kind of failure.
        throw new IllegalArgumentException("entry " + n + ": malformed ("
            + e.getClass().getSimpleName() + ")", e);
      }
      n++;
    }
    return out;
  }

  /** One labelled span in UTF-16 offsets. */
  private record Labelled(String type, int start, int end) {}

  /** Maps one Presidio entry. */
  Example parse(String id, JsonNode entry) {
    if (entry == null || !entry.isObject() || entry.get("full_text") == null
        || !entry.get("full_text").isString()) {
      throw new IllegalArgumentException("not an object with a string full_text");
    }
    String text = entry.get("full_text").asString();
    List<Labelled> spans = new ArrayList<>();
    JsonNode arr = entry.get("spans");
    if (arr != null && arr.isArray()) {
      for (JsonNode s : arr) {
        Labelled l = locate(text, s);
        if (l != null) {
          spans.add(l);
        }
      }
    }
    spans.sort(Comparator.comparingInt(Labelled::start));
    List<Example.Expected> expect = new ArrayList<>();
    List<Example.Span> ignore = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Labelled l = spans.get(k);
      String type = l.type();
      if (isAddressPiece(type)) {
        int start = l.start();
        int end = l.end();
        boolean anyAddress = !isPlace(type);
        while (k + 1 < spans.size() && isAddressPiece(spans.get(k + 1).type())
            && onlyPunctuation(text, end, spans.get(k + 1).start())) {
          k++;
          anyAddress |= !isPlace(spans.get(k).type());
          end = Math.max(end, spans.get(k).end());
        }
        String quote = text.substring(start, end);
        if (anyAddress && hasDigit(quote) && hasLetters(quote)) {
          expect.add(new Example.Expected(Rule.PERSONAL_INFO, Kind.ADDRESS, quote));
        } else {
          ignore.add(new Example.Span(start, end));
        }
        continue;
      }
      Kind kind = kindOf(type, text.substring(l.start(), l.end()));
      if (kind == null) {
        ignore.add(new Example.Span(l.start(), l.end()));
      } else {
        expect.add(new Example.Expected(Rule.PERSONAL_INFO, kind,
            text.substring(l.start(), l.end())));
      }
    }
    return new Example(id, CHANNEL, null, List.of(), List.of(), List.of(), text, expect, ignore,
        "Presidio template " + entry.path("template_id").asString(""));
  }

  /** The expected kind of a non-address span, or {@code null} to ignore it. */
  static Kind kindOf(String type, String value) {
    switch (type) {
      case "PERSON":
        return words(value) >= 2 ? Kind.FULL_NAME : null;
      case "PHONE_NUMBER":
        return Kind.PHONE;
      case "EMAIL_ADDRESS":
        return Kind.EMAIL;
      case "CREDIT_CARD": case "IBAN_CODE": case "US_SSN": case "US_DRIVER_LICENSE":
      case "US_PASSPORT": case "US_BANK_NUMBER": case "US_ITIN":
        return Kind.ID_NUMBER;
      default:
        return null;
    }
  }

  private static boolean isAddressPiece(String type) {
    return type.equals("ADDRESS") || type.equals("STREET_ADDRESS") || isPlace(type);
  }

  private static boolean isPlace(String type) {
    return type.equals("LOCATION") || type.equals("GPE");
  }

  /** The span in UTF-16 offsets, re-located by value when the offsets are off; or null. */
  private static Labelled locate(String text, JsonNode s) {
    String type = s.path("entity_type").asString("").toUpperCase(Locale.ROOT);
    String value = s.path("entity_value").asString("");
    int cpCount = text.codePointCount(0, text.length());
    int cs = s.path("start_position").asInt(-1);
    int ce = s.path("end_position").asInt(-1);
    if (cs >= 0 && ce > cs && ce <= cpCount) {
      int start = text.offsetByCodePoints(0, cs);
      int end = text.offsetByCodePoints(0, ce);
      if (value.isEmpty() || text.substring(start, end).equals(value)) {
        return new Labelled(type, start, end);
      }
    }
    int at = value.isEmpty() ? -1 : text.indexOf(value);
    return at < 0 ? null : new Labelled(type, at, at + value.length());
  }

  private static boolean onlyPunctuation(String text, int from, int to) {
    if (to < from || to - from > 8) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int words(String value) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < value.length(); k++) {
      boolean letter = !Character.isWhitespace(value.charAt(k));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasLetters(String s) {
    return s.chars().filter(Character::isLetter).count() >= 2;
  }
}
