package com.wbassist.sandbox.telegram;

/**
 * One change of a stand-in chat, numbered in that chat's order, as a page following it needs to
 * redraw: a message added, edited, deleted, pinned or unpinned, or the whole chat cleared (a replay
 * starting over).
 *
 * @param seq the chat's change number: 1, 2, 3… with no gaps
 * @param kind what happened
 * @param message the message as it stands after the change (as it was, for a deletion); {@code
 *     null} when the chat was cleared
 */
public record ChatChange(long seq, Kind kind, StandInMessage message) {
  /** What happened to the chat. */
  public enum Kind {
    ADDED,
    EDITED,
    DELETED,
    PINNED,
    UNPINNED,
    CLEARED
  }
}
