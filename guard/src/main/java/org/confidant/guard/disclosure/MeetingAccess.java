package org.confidant.guard.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confidant.guard.people.Tokens;
import org.confidant.guard.people.Words;

/**
 * Finds a meeting's access details that are meant for members: a passcode or password given
 * with its value ("pw: steps12", "passcode: hope2024", "password is serenity"), or a meeting
 * link or ID said to be for a closed or members-only meeting.
 *
 * <p>Passes an open meeting's public listing ("Zoom ID 555 013 4420, no passcode needed"), and
 * talk about a passcode without giving it ("the passcode hasn't changed"). Linear.
 */
final class MeetingAccess {
  private MeetingAccess() {}

  private static final Set<String> SECRET = Words.set(
      "passcode", "password", "pw", "pwd", "pass", "contrasena", "clave", "passwd", "pin",
      "code", "codigo");
  private static final Set<String> SKIP = Words.set("is", "es", "was", "its", "it's", "now", "the");
  private static final Set<String> NOT_VALUE = Words.set(
      "needed", "required", "haven't", "hasn't", "has", "have", "is", "are", "was", "will",
      "and", "or", "the", "a", "an", "changed", "same", "to", "for", "if", "in", "on", "please",
      "by", "via", "from", "de", "es", "no", "not", "necessary", "necesaria", "necesario",
      "needed.", "in", "at", "dm", "ask", "message", "email", "text", "call", "sent", "send",
      "below", "above", "here", "there", "you", "we", "they", "it", "this", "that", "de", "y",
      "o", "para", "por", "en", "la", "el", "lo", "se", "del", "with", "protected", "reset",
      "change", "expired", "hint", "of", "your", "my", "our", "their", "his", "her");
  private static final Set<String> CLOSED = Words.set(
      "closed", "members", "member", "private", "secret", "cerrada", "cerrado", "miembros",
      "privada", "privado");
  private static final Set<String> MEETING_WORDS = Words.set(
      "meeting", "meetings", "zoom", "group", "reunion", "grupo", "junta", "link", "room",
      "call", "aa", "na", "al-anon", "sala", "enlace", "liga", "id");

  /** Spans {@code [firstWord, lastWord]} of members-only access details in {@code t}. */
  static List<int[]> find(Tokens t) {
    List<int[]> out = new ArrayList<>();
    boolean meetingContext = false;
    boolean closed = false;
    for (int i = 0; i < t.size(); i++) {
      String k = t.key(i);
      if (!meetingContext) {
        meetingContext = MEETING_WORDS.contains(k) || isLink(k);
      }
      if (!closed) {
        closed = CLOSED.contains(k) || (k.equals("don't") && t.key(i + 1).equals("share"))
            || (k.equals("not") && t.key(i + 1).equals("share"));
      }
      if (meetingContext && closed) {
        break;
      }
    }
    int lastAccess = -1;
    for (int i = 0; i < t.size(); i++) {
      String k = t.key(i);
      if (isLink(k) || isMeetingId(t, i)) {
        lastAccess = i;
        int end = i;
        while (end + 1 < t.size() && isDigits(t.key(end + 1)) && end - i < 4) {
          end++;
        }
        if (closed) {
          out.add(new int[] {i, end});
        }
        continue;
      }
      if (meetingContext && SECRET.contains(k) && !negatedSecret(t, i)) {
        int v = i + 1;
        while (v < t.size() && v - i <= 2 && SKIP.contains(t.key(v))) {
          v++;
        }
        if (v < t.size() && t.sameSentence(i, v) && !NOT_VALUE.contains(t.key(v))
            && (!k.equals("code") && !k.equals("pin") && !k.equals("pass") || hasDigit(t.key(v)))) {
          int from = lastAccess >= 0 && i - lastAccess <= 12 ? lastAccess : i;
          out.add(new int[] {from, v});
        }
      }
    }
    return out;
  }

  private static boolean negatedSecret(Tokens t, int i) {
    String b = t.key(i - 1);
    return b.equals("no") || b.equals("sin") || b.equals("without");
  }

  private static boolean isLink(String k) {
    if (k.indexOf('.') < 0 && k.indexOf('/') < 0) {
      return false;
    }
    return k.contains("zoom.") || k.contains("/j/") || k.contains("meet.google")
        || k.contains("teams.microsoft") || k.contains("whereby.") || k.contains("jitsi");
  }

  private static boolean isMeetingId(Tokens t, int i) {
    String k = t.key(i);
    if (!(k.equals("zoom") || k.equals("id") || k.equals("meeting"))) {
      return false;
    }
    int j = i + 1;
    if (t.key(j).equals("id") || t.key(j).equals("number") || t.key(j).equals("#")) {
      j++;
    }
    return j < t.size() && isDigits(t.key(j)) && t.key(j).length() >= 3;
  }

  private static boolean isDigits(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!Character.isDigit(c) && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String k) {
    for (int i = 0; i < k.length(); i++) {
      if (Character.isDigit(k.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
