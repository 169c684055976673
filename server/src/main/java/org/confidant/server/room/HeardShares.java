package org.confidant.server.room;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.meeting.FingerprintIndex;
import org.confidant.guard.meeting.FingerprintKey;
import org.confidant.guard.text.NormalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The fingerprints of the meetings a member heard, as the guard's {@link ShareIndex}, for checking
 * that member's texts in other channels (the check page).
 *
 * <p>Only sessions the member heard ({@code heard}) and only fingerprints still within retention
 * count. Each group's fingerprints are keyed with that group's key, so the index is one
 * {@link FingerprintIndex} per group (combined when the member heard meetings of several groups).
 * The index holds no text; it can only say that a new text resembles something heard.
 */
@Service
public class HeardShares {

  private final JdbcClient jdbc;
  private final GroupKeys groupKeys;
  private final Clock clock;

  HeardShares(JdbcClient jdbc, GroupKeys groupKeys, Clock clock) {
    this.jdbc = jdbc;
    this.groupKeys = groupKeys;
    this.clock = clock;
  }

  private record Fp(UUID groupId, UUID sessionId, int shareNo, long value) {}

  /**
   * The member's index: {@link ShareIndex#empty()} when they heard nothing still kept, a single
   * {@link FingerprintIndex} for one group, else a combination that reports every group's matches.
   */
  public ShareIndex indexFor(UUID accountId) {
    List<FingerprintIndex> indexes = indexesFor(accountId);
    if (indexes.isEmpty()) {
      return ShareIndex.empty();
    }
    if (indexes.size() == 1) {
      return indexes.get(0);
    }
    return new Combined(indexes);
  }

  /** One index per group whose meetings the member heard (still within retention). */
  public List<FingerprintIndex> indexesFor(UUID accountId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Fp> rows = jdbc.sql("select f.group_id, f.session_id, f.share_no, f.fingerprint from share_fingerprint f "
            + "join heard h on h.session_id = f.session_id and h.account_id = ? "
            + "where h.expires_at > ? and f.expires_at > ? order by f.group_id, f.session_id, f.share_no")
        .params(accountId, now, now)
        .query((rs, n) -> new Fp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4)))
        .list();
    Map<UUID, Map<String, List<Long>>> byGroup = new LinkedHashMap<>();
    for (Fp fp : rows) {
      byGroup.computeIfAbsent(fp.groupId(), g -> new LinkedHashMap<>())
          .computeIfAbsent(fp.sessionId() + "/" + fp.shareNo(), s -> new ArrayList<>()).add(fp.value());
    }
    List<FingerprintIndex> out = new ArrayList<>();
    byGroup.forEach((groupId, shares) -> {
      Optional<FingerprintKey> key = groupKeys.existing(groupId);
      if (key.isPresent()) {
        FingerprintIndex.Builder b = FingerprintIndex.builder(key.get());
        shares.values().forEach(v -> b.addFingerprints(v.stream().mapToLong(Long::longValue).toArray()));
        out.add(b.build());
      }
    });
    return out;
  }

  /** Several groups' indexes answering as one. */
  private record Combined(List<FingerprintIndex> parts) implements ShareIndex {
    @Override
    public List<ShareMatch> matches(NormalizedText text) {
      List<ShareMatch> all = new ArrayList<>();
      parts.forEach(p -> all.addAll(p.matches(text)));
      all.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return all;
    }

    @Override
    public boolean isEmpty() {
      return parts.stream().allMatch(FingerprintIndex::isEmpty);
    }
  }
}
