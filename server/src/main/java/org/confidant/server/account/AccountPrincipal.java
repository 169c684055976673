package org.confidant.server.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in member as the rest of the server sees them: an id and a display name.
 *
 * <p>Controllers take it with {@code @AuthenticationPrincipal AccountPrincipal me}. It carries no
 * secret; {@code sessionEpoch} lets the server end every session of an account at once.
 *
 * @param id the account id
 * @param displayName first name with an optional last initial ("Sam R.")
 * @param sessionEpoch the account's session epoch when this session signed in
 */
public record AccountPrincipal(UUID id, String displayName, int sessionEpoch) implements Serializable {}
