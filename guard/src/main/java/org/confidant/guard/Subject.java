package org.confidant.guard;

/**
 * Whose information a finding is about, so that policy can treat the writer's own details
 * (which a sponsor may receive) differently from someone else's.
 */
public enum Subject {
  /** The writer's own detail ("call me at …", "my address is …"). */
  AUTHOR,
  /** Someone else's detail, or a detail whose owner the text does not make clear. */
  OTHER
}
