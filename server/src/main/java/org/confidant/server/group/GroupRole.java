package org.confidant.server.group;

/** A member's standing in a group, stored in {@code membership.role}. */
public enum GroupRole {
  /** Runs the group: invites and removes members, schedules meetings, names chairs. */
  SECRETARY,
  /** Attends the group's meetings. */
  MEMBER
}
