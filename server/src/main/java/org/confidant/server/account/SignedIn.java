package org.confidant.server.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * Details of an authentication made by this feature: when the member signed in, for the absolute
 * session time-out. Deliberately holds no client address (Spring's default details would).
 *
 * @param at the instant of sign-in
 */
record SignedIn(Instant at) implements Serializable {}
