package org.confidant.guard;

import java.util.List;

/**
 * A place where someone in danger can get help now, shown with every {@link Rule#CRISIS} finding.
 *
 * @param name who answers
 * @param contact how to reach them
 * @param description when to use it, in plain words
 */
public record HelpResource(String name, String contact, String description) {

  /** The US resources the fellowship points members to; the same list on every crisis. */
  public static final List<HelpResource> DEFAULTS = List.of(
      new HelpResource("988 Suicide & Crisis Lifeline", "call or text 988",
          "Free and confidential, 24 hours a day, in English and Spanish (press 2)."),
      new HelpResource("SAMHSA National Helpline", "1-800-662-HELP (4357)",
          "Free, confidential treatment referral and information about substance use, "
              + "24 hours a day, 365 days a year, in English and Spanish."),
      new HelpResource("Emergency services", "911",
          "If someone has overdosed, is hurt, or is in danger right now."));
}
