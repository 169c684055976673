package org.confidant.guard.cli;

/**
 * Converts UTF-16 indices of one text into Unicode code point offsets, as the corpus format and
 * the command line's output count them.
 *
 * <p>A text without surrogates maps every index to itself at no cost; otherwise each conversion
 * counts code points up to the index. A lone surrogate counts as one code point, like
 * {@link String#codePointCount}.
 */
final class CodePoints {
  private final String text;
  private final boolean identity;

  CodePoints(String text) {
    this.text = text;
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    this.identity = !surrogates;
  }

  /** The code point offset of UTF-16 index {@code index} (0 to the text's length). */
  int of(int index) {
    int i = Math.max(0, Math.min(index, text.length()));
    return identity ? i : text.codePointCount(0, i);
  }
}
