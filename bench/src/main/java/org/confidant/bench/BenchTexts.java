package org.confidant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictional member texts for benchmarks, generated from templates with a fixed seed, so every
 * run and every benchmarked engine sees exactly the same texts.
 *
 * <p>Most sentences are ordinary recovery chat; some carry what the guard looks for (555-01xx
 * phone numbers, example.com addresses, full names, a member's relapse, a pressured question,
 * a crisis), roughly as often as a busy group would see them. None is taken from any corpus.
 */
public final class BenchTexts {
  /** The seed of every generated set. */
  public static final long SEED = 20261127L;
  /** Texts per set. */
  public static final int COUNT = 64;

  private static final String[] FIRST = {"Sam", "Mike", "Sarah", "Jake", "Lupe", "Dana", "Ray",
      "Ana", "Tom", "Priya", "Marcus", "Elena", "Carlos", "June", "Omar", "Beth", "Luis", "Kim"};
  private static final String[] LAST = {"Mendoza", "Okafor", "Lindqvist", "Harrow", "Petrakis",
      "Quintero", "Whitfield", "Nakamura", "Brennan", "Castellanos", "Oyelaran", "Fairbairn"};
  private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] STREET = {"Alder Lane", "Birch Street", "Canal Road",
      "Dunmore Avenue", "Elm Court", "Foxglove Way"};

  /** Ordinary, clean sentences: the bulk of what members write. */
  private static final String[] CLEAN = {
      "Great meeting tonight, thanks to everyone who came and shared.",
      "I'm grateful for another day sober, one day at a time.",
      "Does anyone know if the {day} night meeting is still at seven?",
      "Thanks {first} for chairing, you did a lovely job.",
      "I almost skipped today but I'm glad I showed up.",
      "Coffee is on me next week, I'll bring the big urn.",
      "Reminder: the business meeting is after the {day} noon meeting.",
      "I called my sponsor this morning and it really helped.",
      "Working step four is harder than I expected, but I'm doing it.",
      "Welcome to the newcomers, keep coming back!",
      "We need someone to open the room on {day}, any volunteers?",
      "Gracias a todos por la reunion de hoy, me hizo mucho bien.",
      "Hoy cumplo noventa dias, un dia a la vez.",
      "The literature order came in, the new books are on the shelf.",
      "If you need the helpline it's 1-800-662-4357, any time of day.",
      "My two-year birthday is on {day}, cake after the meeting!",
      "A lot of us struggle around the holidays, be gentle with yourselves.",
      "Just a quick note to say this group saved my life.",
  };

  /** Sentences that break a rule, to exercise the recognizers' slow paths. */
  private static final String[] FLAGGED = {
      "You can reach {first} at {phone} if you need a ride.",
      "Send it to {email} before {day}.",
      "{full} from the {day} group is drinking again, pray for him.",
      "What's your last name? I want to look you up.",
      "She lives at {num} {street}, we should drop by.",
      "My sponsee {first} relapsed last night and ended up in the ER.",
      "At {day}'s meeting {first} said his wife is leaving him.",
      "I can't do this anymore, I want to end it tonight.",
      "Mi numero es cinco cinco cinco, cero uno {d} {d}, llamame.",
      "follow me at @{first}_recovers{d}{d} for daily readings",
  };

  private BenchTexts() {}

  /** {@link #COUNT} chat lines of about 200 characters. */
  public static List<String> chatLines() {
    return generate(200, SEED);
  }

  /** {@link #COUNT} messages of about 1 KB. */
  public static List<String> messages() {
    return generate(1024, SEED + 1);
  }

  /** {@link #COUNT} forum posts of about 5 KB. */
  public static List<String> posts() {
    return generate(5 * 1024, SEED + 2);
  }

  /** A mixed workload: 8 chat lines to 2 messages to 1 post, {@link #COUNT} texts in all. */
  public static List<String> mixed() {
    List<String> chat = chatLines();
    List<String> msg = messages();
    List<String> post = posts();
    List<String> out = new ArrayList<>();
    for (int i = 0; out.size() < COUNT; i++) {
      int slot = i % 11;
      out.add(slot < 8 ? chat.get(i % COUNT) : slot < 10 ? msg.get(i % COUNT) : post.get(i % COUNT));
    }
    return out;
  }

  /** Total characters of {@code texts}. */
  public static long chars(List<String> texts) {
    return texts.stream().mapToLong(String::length).sum();
  }

  private static List<String> generate(int size, long seed) {
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      out.add(text(rnd, size));
    }
    return out;
  }

  private static String text(Random rnd, int size) {
    StringBuilder b = new StringBuilder(size + 128);
    while (b.length() < size) {
      String template = rnd.nextInt(5) == 0
          ? FLAGGED[rnd.nextInt(FLAGGED.length)] : CLEAN[rnd.nextInt(CLEAN.length)];
      if (b.length() > 0) {
        b.append(rnd.nextInt(6) == 0 ? "\n" : " ");
      }
      b.append(fill(template, rnd));
    }
    return b.substring(0, cut(b, size));
  }

  /** Where to end a text of about {@code size} characters: a sentence end, else a space. */
  private static int cut(CharSequence b, int size) {
    int space = -1;
    for (int i = Math.min(size, b.length() - 1); i > size * 85 / 100; i--) {
      char c = b.charAt(i);
      if (c == ' ' || c == '\n') {
        char before = b.charAt(i - 1);
        if (before == '.' || before == '!' || before == '?') {
          return i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    return space > 0 ? space : Math.min(size, b.length());
  }

  private static String fill(String template, Random rnd) {
    String first = FIRST[rnd.nextInt(FIRST.length)];
    String last = LAST[rnd.nextInt(LAST.length)];
    return template
        .replace("{full}", first + " " + last)
        .replace("{first}", first)
        .replace("{day}", DAY[rnd.nextInt(DAY.length)])
        .replace("{phone}", String.format("555-01%02d", rnd.nextInt(100)))
        .replace("{email}", first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT) + "@example.com")
        .replace("{street}", STREET[rnd.nextInt(STREET.length)])
        .replace("{num}", Integer.toString(10 + rnd.nextInt(990)))
        .replace("{d}", Integer.toString(rnd.nextInt(10)));
  }
}
