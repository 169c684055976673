package org.confidant.guard.cases;

/** The kinds of private matter that {@code individual-case} protects, with plain-language names. */
enum Matter {
  USE("another person's drinking, drug use or relapse"),
  HEALTH("another person's physical or mental health"),
  LEGAL("another person's trouble with the law"),
  MONEY("another person's money, work or housing troubles"),
  FAMILY("another person's family or relationship troubles"),
  SEX("another person's love life or sexual matters"),
  DANGER("news that another member may be in danger");

  private final String description;

  Matter(String description) {
    this.description = description;
  }

  /** A plain-language noun phrase, e.g. "another person's physical or mental health". */
  String description() {
    return description;
  }
}
