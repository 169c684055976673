package org.confidant.guard;

import java.util.List;
import org.confidant.guard.text.NormalizedText;

/**
 * Keyed fingerprints of confidential shares a writer heard, searched for near copies.
 *
 * <p>An index holds no share text and cannot reproduce it; see
 * {@link org.confidant.guard.meeting.FingerprintIndex} for how it is built.
 */
public interface ShareIndex {

  /**
   * Stretches of {@code text} that copy or closely paraphrase an indexed share.
   *
   * @return matches with spans in {@code text.text()} (normalized) offsets; empty when none
   */
  List<ShareMatch> matches(NormalizedText text);

  /** Whether the index holds no share at all. */
  boolean isEmpty();

  /** An index with no shares. */
  static ShareIndex empty() {
    return Empty.INSTANCE;
  }

  /**
   * A stretch of text that matches a share.
   *
   * @param start normalized start index
   * @param end normalized end index, exclusive
   * @param similarity in [0, 1]: the share of the matched share's fingerprints found
   */
  record ShareMatch(int start, int end, double similarity) {}

  /** The empty index. */
  enum Empty implements ShareIndex {
    INSTANCE;

    @Override
    public List<ShareMatch> matches(NormalizedText text) {
      return List.of();
    }

    @Override
    public boolean isEmpty() {
      return true;
    }
  }
}
