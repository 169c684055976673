package org.confidant.server.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The server's own settings, bound from {@code confidant.*} and validated at start-up.
 *
 * <p>A bad value stops the server with a message naming the property; nothing here is secret.
 *
 * @param dataDir where the embedded database and the key store live
 * @param session session time-outs beyond the servlet's idle time-out
 * @param meetings limits inside live meetings
 * @param retention how long what a closed meeting leaves (fingerprints) is kept by default
 */
@Validated
@ConfigurationProperties("confidant")
public record ConfidantProperties(
    @NotNull Path dataDir,
    @Valid @NotNull @DefaultValue Session session,
    @Valid @NotNull @DefaultValue Meetings meetings,
    @Valid @NotNull @DefaultValue Retention retention) {

  /**
   * Session limits.
   *
   * @param absoluteTimeout a session ends this long after sign-in, however active
   */
  public record Session(@NotNull @DefaultValue("12h") Duration absoluteTimeout) {}

  /**
   * Limits inside a live meeting.
   *
   * @param sharesPerMinute most shares one attendee may post in a minute
   * @param maxShareLength longest share accepted, in characters
   */
  public record Meetings(
      @Min(1) @Max(600) @DefaultValue("6") int sharesPerMinute,
      @Min(100) @Max(20000) @DefaultValue("4000") int maxShareLength) {}

  /**
   * Retention of what closed meetings leave.
   *
   * @param fingerprintDays default days a closed meeting's fingerprints are kept (a group may choose)
   */
  public record Retention(@Min(1) @Max(365) @DefaultValue("30") int fingerprintDays) {}
}
