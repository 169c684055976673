package org.confidant.guard.text;

import java.util.Locale;
import java.util.Set;

/** Word lists for {@link SpokenEmails}: top-level domains, and words that rule an address out. */
final class EmailWords {
  /** Generic top-level domains accepted besides any two letters. */
  static final Set<String> TLDS = org.confidant.guard.text.WordTable.of("com", "org", "net", "edu", "gov", "mil", "int",
      "info", "biz", "name", "pro", "app", "dev", "xyz", "online", "site", "email", "mobi", "tech",
      "blog");

  /** Words that, before a plain "at", point to a place or a site, not a mailbox ("find us at"). */
  static final Set<String> NOT_A_LOCAL_PART = org.confidant.guard.text.WordTable.of("me", "us", "you", "him", "her",
      "them", "it", "we", "i", "m", "s", "out", "up", "here", "there", "online", "look", "looking",
      "looked", "see", "visit", "find", "found", "available", "more", "details", "is", "are",
      "was", "were", "be", "been", "site", "website", "page", "posted", "listed", "meet", "join",
      "register", "registered", "sign", "signup", "email", "mail", "write", "contact", "reach",
      "call", "text", "nos", "en", "a", "la", "el", "y", "and", "or", "information");

  /** Sites that people name as "at instagram.com", which are not mail domains. */
  static final Set<String> WEB_HOSTS = org.confidant.guard.text.WordTable.of("instagram", "facebook", "fb", "twitter",
      "x", "tiktok", "youtube", "youtu", "linkedin", "zoom", "meetup", "reddit", "threads",
      "bit", "www", "t", "wa", "github", "aa", "na", "al-anon");

  private EmailWords() {}

  /** Whether {@code s[from, to)} is a known top-level domain or any two ASCII letters. */
  static boolean isTld(String s, int from, int to) {
    int len = to - from;
    if (len == 2) {
      return isAsciiLetter(s.charAt(from)) && isAsciiLetter(s.charAt(from + 1));
    }
    return len >= 3 && len <= 6 && TLDS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
