package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that could not be read or handled, set aside for operators instead of being retried for
 * ever or dropped in silence (DOMAIN-RULES: nothing is skipped silently). Never a WB token and
 * never what a chat update said: a WB row is described by its key, the reason and the offending
 * value; a chat update by its id and person only.
 *
 * @param kind what it is
 * @param owner whose it is: the cabinet's {@code sid} for a WB row, the person's Telegram id for a
 *     chat update
 * @param key the row's key ({@code ""} when it was not read), or the update id
 * @param reason why it was set aside
 * @param excerpt the offending value of a WB row, cut short; {@code ""} for a chat update
 * @param at when it was seen
 */
public record SetAsideRow(
    SetAsideKind kind, String owner, String key, String reason, String excerpt, Instant at) {
  public SetAsideRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(at, "at");
    key = UnreadableRow.cut(key, UnreadableRow.MAX_KEY);
    reason = UnreadableRow.cut(Objects.requireNonNull(reason, "reason"), UnreadableRow.MAX_REASON);
    excerpt = UnreadableRow.cut(excerpt, UnreadableRow.MAX_EXCERPT);
  }

  /** A row of the cabinet's stream that WB sent and that could not be read. */
  public static SetAsideRow wbRow(
      SyncStream stream, CabinetId cabinet, UnreadableRow row, Instant at) {
    return new SetAsideRow(
        SetAsideKind.rowOf(stream), cabinet.sid(), row.key(), row.reason(), row.excerpt(), at);
  }

  /** A chat update erased unhandled: its id, its person and why — never what it said. */
  public static SetAsideRow chatUpdate(long updateId, long telegramId, String reason, Instant at) {
    return new SetAsideRow(
        SetAsideKind.CHAT_UPDATE,
        Long.toString(telegramId),
        Long.toString(updateId),
        reason,
        "",
        at);
  }

  /**
   * The same thing seen again: same kind, owner, key, reason and excerpt (a row WB keeps sending,
   * the boundary row of the next page). It is counted, not recorded twice.
   */
  public boolean sameAs(SetAsideRow other) {
    return kind == other.kind
        && owner.equals(other.owner)
        && key.equals(other.key)
        && reason.equals(other.reason)
        && excerpt.equals(other.excerpt);
  }
}
