package org.confidant.guard.people;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.confidant.guard.Channel;
import org.confidant.guard.Message;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the table tests' rows (named by row number, so test output never shows the texts): {@code channel | members | expected | author | text}, one per
 * line, where members are comma-separated display names and expected is {@code yes} or {@code no}.
 * Fictional people only.
 */
public final class CaseTable {
  private CaseTable() {}

  /** One row as (name, message, expected) arguments. */
  public static Stream<Arguments> rows(String... lines) {
    List<Arguments> out = new ArrayList<>();
    for (String line : lines) {
      String[] p = line.split("\\|", 5);
      if (p.length != 5) {
        throw new IllegalArgumentException("bad row: " + line);
      }
      String members = p[1].trim();
      String author = p[3].trim();
      Message m = Message.builder(p[4].trim(), Channel.parse(p[0].trim()))
          .author(author.isEmpty() ? null : author)
          .members(members.isEmpty() ? List.of() : List.of(members.split(",")))
          .build();
      boolean expected = p[2].trim().equals("yes");
      out.add(Arguments.of("row " + (out.size() + 1) + " on " + p[0].trim()
          + (expected ? " is flagged" : " passes"), m, expected));
    }
    return out.stream();
  }
}
