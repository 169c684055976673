package org.confidant.server.system;

import org.springframework.http.HttpStatus;

/**
 * A failure a feature reports to the member: an HTTP status, a stable code and a safe message.
 *
 * <p>{@link ErrorResponses} maps every one of these to a response in one place: JSON problem
 * details under {@code /api}, the error page elsewhere. The message is shown to the member, so it
 * must be a fixed sentence: never message text, names, contact details or IP addresses.
 */
public class ConfidantException extends RuntimeException {

  private final HttpStatus status;
  private final String code;

  /**
   * @param status the HTTP status to answer with
   * @param code a stable, machine-readable code such as {@code meeting-closed}
   * @param safeMessage a fixed sentence for the member, free of anything they typed
   */
  public ConfidantException(HttpStatus status, String code, String safeMessage) {
    super(safeMessage, null, false, false);
    this.status = status;
    this.code = code;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The thing does not exist, or the member may not know that it does. */
  public static ConfidantException notFound(String code, String safeMessage) {
    return new ConfidantException(HttpStatus.NOT_FOUND, code, safeMessage);
  }

  /** The member is known but may not do this. */
  public static ConfidantException forbidden(String code, String safeMessage) {
    return new ConfidantException(HttpStatus.FORBIDDEN, code, safeMessage);
  }

  /** The request is well formed but conflicts with the current state. */
  public static ConfidantException conflict(String code, String safeMessage) {
    return new ConfidantException(HttpStatus.CONFLICT, code, safeMessage);
  }

  /** The input is invalid; the message says what to change. */
  public static ConfidantException invalid(String code, String safeMessage) {
    return new ConfidantException(HttpStatus.BAD_REQUEST, code, safeMessage);
  }

  /** Too many attempts; try again later. */
  public static ConfidantException tooMany(String code, String safeMessage) {
    return new ConfidantException(HttpStatus.TOO_MANY_REQUESTS, code, safeMessage);
  }
}
