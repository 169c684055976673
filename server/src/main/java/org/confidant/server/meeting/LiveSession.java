package org.confidant.server.meeting;

import java.util.UUID;

/**
 * An open meeting session as other features see it.
 *
 * @param sessionId the session (one occurrence of the meeting)
 * @param meetingId the scheduled meeting
 * @param groupId the group that holds the meeting
 * @param title the meeting's title
 * @param chairId the meeting's chair, or null when the secretary chairs
 */
public record LiveSession(UUID sessionId, UUID meetingId, UUID groupId, String title, UUID chairId) {}
