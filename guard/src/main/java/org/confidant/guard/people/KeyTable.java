package org.confidant.guard.people;

import java.util.Arrays;

/**
 * The keys of the words met so far in one text, one string and one index per distinct key;
 * ASCII words are looked up without cutting them out first.
 */
final class KeyTable {
  /** Per slot: index into {@link #words} plus one, 0 when empty. */
  private int[] slots = new int[256];
  private int[] hashes = new int[256];
  String[] words = new String[128];
  /** Per index: the key's {@link String#hashCode()}. */
  int[] hashOf = new int[128];
  int count;

  /** The index of the lower-cased key of ASCII {@code text[start, end)}; hash as a String's. */
  int get(char[] text, int start, int end, int hash) {
    int len = end - start;
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (true) {
      int s = slots[slot];
      if (s == 0) {
        break;
      }
      String k = words[s - 1];
      if (hashes[slot] == hash && k.length() == len && sameLower(k, text, start)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
    char[] chars = new char[len];
    for (int p = 0; p < len; p++) {
      char ch = text[start + p];
      chars[p] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
    }
    return add(slot, new String(chars), hash);
  }

  /** The index of {@code key}, already in key form. */
  int intern(String key) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (true) {
      int s = slots[slot];
      if (s == 0) {
        break;
      }
      if (hashes[slot] == hash && words[s - 1].equals(key)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
    return add(slot, key, hash);
  }

  private int add(int slot, String key, int hash) {
    if (count == words.length) {
      words = Arrays.copyOf(words, count * 2);
      hashOf = Arrays.copyOf(hashOf, count * 2);
    }
    words[count] = key;
    hashOf[count] = hash;
    slots[slot] = ++count;
    hashes[slot] = hash;
    if (count * 2 > slots.length) {
      grow();
    }
    return count - 1;
  }

  private static boolean sameLower(String k, char[] text, int start) {
    for (int p = 0; p < k.length(); p++) {
      char ch = text[start + p];
      if (ch >= 'A' && ch <= 'Z') {
        ch = (char) (ch + ('a' - 'A'));
      }
      if (k.charAt(p) != ch) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] != 0) {
        int slot = mix(oldHashes[s]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[s];
        hashes[slot] = oldHashes[s];
      }
    }
  }
}
