package org.confidant.guard.disclosure;

import java.util.Set;
import org.confidant.guard.people.Mention;
import org.confidant.guard.people.People;
import org.confidant.guard.people.Tokens;
import org.confidant.guard.people.Words;

/**
 * Finds what would identify the writer of a public post beyond a first name: their full name
 * (the author's first name with a last name, or "my name is" with one), a social-media handle
 * or profile link, or a photo or live video of them ("me (left)", "pic from", a camera emoji).
 *
 * <p>Returns the word where the evidence is, or -1. Linear.
 */
final class WriterIdentity {
  private WriterIdentity() {}

  private static final Set<String> PLATFORMS = Words.set(
      "tiktok", "instagram", "insta", "ig", "snap", "snapchat", "fb", "facebook", "twitter",
      "youtube", "threads", "bluesky", "twitch", "linkedin");
  private static final Set<String> PROFILE_HOSTS = Words.set(
      "instagram.com/", "facebook.com/", "tiktok.com/", "twitter.com/", "x.com/",
      "youtube.com/", "linkedin.com/", "snapchat.com/", "threads.net/", "fb.com/",
      "bsky.app/", "twitch.tv/");
  private static final Set<String> PHOTO = Words.set(
      "pic", "pics", "photo", "photos", "picture", "pictures", "selfie", "selfies", "foto",
      "fotos", "video", "livestream", "snapshot", "photobomb");
  private static final Set<String> BETWEEN = Words.set(
      "is", "as", "at", "on", "its", "it's", "me", "handle", "account", "my", "es", "como");

  /** The word of the first evidence identifying the writer, or -1. */
  static int find(Tokens t, People people) {
    for (Mention m : people.mentions()) {
      if (m.kind() == Mention.Kind.WRITER && m.fullName()) {
        return m.first();
      }
    }
    for (int i = 0; i < t.size(); i++) {
      String k = t.key(i);
      if (k.length() < 3) {
        continue; // every handle, link, photo word and cue below has three or more letters
      }
      if (isHandle(t, i) || PHOTO.contains(k) || isLive(t, i)) {
        return i;
      }
      if ((k.equals("left") || k.equals("right") || k.equals("center") || k.equals("middle"))
          && t.get(i).start() > 0 && t.text().charAt(t.get(i).start() - 1) == '(') {
        return i;
      }
      if ((k.equals("tag") || k.equals("tagged")) && (t.key(i + 1).equals("yourselves")
          || t.key(i + 1).equals("yourself") || t.key(i + 1).equals("me"))) {
        return i;
      }
    }
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if (cp == 0x1F4F8 || cp == 0x1F4F7 || cp == 0x1F933 || cp == 0x1F4F9) {
          return nearestToken(t, i);
        }
      }
    }
    return -1;
  }

  /** Whether word {@code i} is a social-media handle or profile link. */
  static boolean isHandle(Tokens t, int i) {
    String k = t.key(i);
    if (k.startsWith("@") && k.length() >= 3 && !k.substring(1).contains("@")) {
      return true;
    }
    if (k.indexOf('/') < 0) {
      return handleLike(k) && afterPlatform(t, i);
    }
    for (String host : PROFILE_HOSTS) {
      int at = k.indexOf(host);
      if (at >= 0 && at + host.length() < k.length()
          && (at == 0 || !Character.isLetterOrDigit(k.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterPlatform(Tokens t, int i) {
    for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
      if (PLATFORMS.contains(t.key(b))) {
        return true;
      }
      if (!BETWEEN.contains(t.key(b))) {
        break;
      }
    }
    return false;
  }

  private static boolean handleLike(String k) {
    if (k.length() < 4 || k.contains("@") || k.contains("/")) {
      return false;
    }
    boolean letter = false;
    boolean mark = false;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      letter |= Character.isLetter(c);
      mark |= c == '_' || c == '.' || Character.isDigit(c);
    }
    return letter && mark;
  }

  private static boolean isLive(Tokens t, int i) {
    return t.key(i).equals("live") && (t.key(i + 1).equals("on")
        && PLATFORMS.contains(t.key(i + 2)) || t.key(i + 1).equals("now")
        || t.key(i + 1).equals("rn"));
  }

  private static int nearestToken(Tokens t, int offset) {
    int best = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() > offset) {
        return best < 0 ? i : best;
      }
      best = i;
    }
    return best;
  }
}
