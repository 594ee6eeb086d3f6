package com.wbassist.application.port.out;

import com.wbassist.application.port.in.ChatUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Chat updates taken from Telegram and not handled yet, kept where every server sees them. An
 * update is stored before Telegram is told it arrived and erased once it is handled, so a server
 * that dies in between loses nothing: another server, or the same one restarted, handles it later.
 *
 * <p>A stored update is always held by someone until a moment — first by the server that stored it
 * (it handles the update at once), later by whoever claims it. A hold runs out by itself, so the
 * updates of a dead server are claimed by the others; while it lasts nobody else gets the update.
 *
 * <p>What a stored update says may be a seller's WB token: an implementation keeps it as unreadable
 * at rest as a cabinet's token, and forgets it once the update is handled.
 */
public interface UpdateInbox {
  /**
   * Stores the update, held by the caller until {@code now + hold}.
   *
   * @return false when an update with this id is stored already (Telegram sent it again); nothing
   *     changes then
   * @throws RuntimeException when it could not be stored: the update must not be acknowledged
   */
  boolean store(ChatUpdate update, Instant now, Duration hold);

  /**
   * Claims up to {@code max} stored updates nobody holds at {@code now}, holding them until {@code
   * now + lease}: in the order Telegram numbered them, and none of a person whose earlier update is
   * still held by someone else, so one person's updates are handled in order. Two claims at the
   * same moment, from any servers, never get the same update.
   */
  List<StoredUpdate> claim(Instant now, Duration lease, int max);

  /** Erases a handled update, and with it what it said; nothing when it is not stored. */
  void handled(long updateId);

  /**
   * Erases an update nobody could handle, and sets it aside ({@link SetAsideRows}, kind {@link
   * SetAsideKind#CHAT_UPDATE}) in the same step: its id, its person and the reason are kept for
   * operators, never what it said. Nothing when it is not stored. A stored update that no longer
   * opens (another key, a row copied from another update) is set aside the same way by {@link
   * #claim}, and not handed out.
   */
  void giveUp(long updateId, String reason, Instant now);
}
