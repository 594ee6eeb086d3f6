package com.wbassist.domain.team;

/** What following an invite link does for the person who followed it. */
public enum InviteVerdict {
  /** They join the cabinet's team. */
  JOIN,
  /** They leave the cabinet they are in and join this one (they followed the link on purpose). */
  SWITCH,
  /** They are already in this team (the owner following their own link, too): nothing is used. */
  ALREADY_IN_TEAM,
  /** The link is 14 days old or more. */
  EXPIRED,
  /** Someone joined with it already: a link works once. */
  USED,
  /** No such invite, or its cabinet is gone. */
  UNKNOWN;

  public boolean joins() {
    return this == JOIN || this == SWITCH;
  }
}
