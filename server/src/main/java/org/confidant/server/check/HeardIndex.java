package org.confidant.server.check;

import java.util.UUID;
import org.confidant.guard.ShareIndex;

/**
 * The fingerprints of confidential shares a member heard, as the guard's {@link ShareIndex}.
 *
 * <p>Implemented by the live room, which keeps those fingerprints for the group's retention period.
 */
public interface HeardIndex {

  /** The index of shares the member heard in meetings still within retention; empty when none. */
  ShareIndex forMember(UUID accountId);
}
