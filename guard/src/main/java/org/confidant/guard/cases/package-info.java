/**
 * The {@code individual-case} rule, "No discussion of individual cases": an identifiable fellow
 * member's relapse, health, legal, money, family or sexual matters are theirs to tell.
 */
package org.confidant.guard.cases;
