/**
 * Finding the people a text talks about, shared by the person-based rules: words and sentences
 * ({@link org.confidant.guard.people.Tokens}), mentions of people and who they are
 * ({@link org.confidant.guard.people.People}: fellow members by name or role, the writer's own
 * family, nobody in particular, the writer, public figures), whose matter a stretch of text is
 * about ({@link org.confidant.guard.people.Owners}), and the words that tie someone to a
 * fellowship ({@link org.confidant.guard.people.FellowshipCues}). English and Spanish; every
 * step is linear in the text.
 */
package org.confidant.guard.people;
