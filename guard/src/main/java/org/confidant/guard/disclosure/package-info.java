/**
 * The {@code public-disclosure} rule, "No social media or online discussion of meetings or
 * members": on the public channel, revealing someone's membership, reporting a meeting's talk,
 * or posting a closed meeting's access details.
 */
package org.confidant.guard.disclosure;
