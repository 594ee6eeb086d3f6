package com.wbassist.adapter.persistence;

import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.StoredUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stored chat updates in {@code update_inbox}, each sealed whole with the token cipher (bound to
 * its update id) since a text may be a seller's WB token, and deleted once handled. A claim is one
 * statement that takes free rows {@code FOR UPDATE SKIP LOCKED} and sets their hold; claims take
 * turns under a transaction-scoped advisory lock, because row locks alone let two claims split one
 * person's updates (the second skips the first's locked row and takes the next one). A row that
 * does not open any more cannot be handled by anyone: it is deleted and set aside ({@code
 * set_aside_rows}, its id, person and why) in the claim's transaction, with an error in the log; an
 * update given up is deleted and set aside the same way.
 */
final class UpdateInboxPersistenceAdapter implements UpdateInbox {
  private static final Logger LOG = System.getLogger(UpdateInboxPersistenceAdapter.class.getName());

  /** The advisory lock of claims ("inbx"), a key of its own. */
  private static final int LOCK_SPACE = 0x696e6278;

  private static final String LOCK = "select pg_advisory_xact_lock(?, 0)";
  private static final String STORE =
      """
      insert into update_inbox (update_id, telegram_id, received_at, held_until, attempts, sealed_update)
      values (?, ?, ?, ?, 1, ?) on conflict (update_id) do nothing""";
  private static final String CLAIM =
      """
      with free as (
        select update_id from update_inbox i
        where held_until <= ?
          and not exists (
            select 1 from update_inbox earlier
            where earlier.telegram_id = i.telegram_id
              and earlier.update_id < i.update_id
              and earlier.held_until > ?)
        order by update_id
        limit ? for update skip locked)
      update update_inbox u set held_until = ?, attempts = u.attempts + 1
      from free where u.update_id = free.update_id
      returning u.update_id, u.telegram_id, u.attempts, u.sealed_update""";
  private static final String DELETE = "delete from update_inbox where update_id = ?";
  private static final String GIVE_UP =
      "delete from update_inbox where update_id = ? returning telegram_id";

  private final Jdbc jdbc;
  private final TokenCipher cipher;
  private final StoredUpdateJson json = new StoredUpdateJson();

  UpdateInboxPersistenceAdapter(Jdbc jdbc, TokenCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public boolean store(ChatUpdate update, Instant now, Duration hold) {
    byte[] sealed = cipher.sealText(json.write(update), boundTo(update.updateId()));
    return jdbc.once(
        "storing a chat update",
        connection -> {
          try (PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setLong(1, update.updateId());
            store.setLong(2, update.telegramId());
            SqlTime.set(store, 3, now);
            SqlTime.set(store, 4, now.plus(hold));
            store.setBytes(5, sealed);
            return store.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<StoredUpdate> claim(Instant now, Duration lease, int max) {
    return jdbc.inTransaction(
        "claiming stored chat updates",
        connection -> {
          try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setInt(1, LOCK_SPACE);
            lock.execute();
          }
          List<StoredUpdate> claimed = new ArrayList<>();
          List<Long> unreadable = new ArrayList<>();
          List<SetAsideRow> setAside = new ArrayList<>();
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            SqlTime.set(claim, 1, now);
            SqlTime.set(claim, 2, now);
            claim.setInt(3, max);
            SqlTime.set(claim, 4, now.plus(lease));
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                long updateId = row.getLong("update_id");
                try {
                  claimed.add(
                      new StoredUpdate(
                          open(updateId, row.getBytes("sealed_update")), row.getInt("attempts")));
                } catch (RuntimeException cannotOpen) {
                  LOG.log(
                      Level.ERROR,
                      "stored chat update "
                          + updateId
                          + " cannot be read; deleted unhandled and set aside: "
                          + cannotOpen.getMessage());
                  unreadable.add(updateId);
                  setAside.add(
                      SetAsideRow.chatUpdate(
                          updateId,
                          row.getLong("telegram_id"),
                          "cannot be opened: " + cannotOpen.getClass().getSimpleName(),
                          now));
                }
              }
            }
          }
          delete(connection, unreadable);
          if (!setAside.isEmpty()) {
            SetAsideRowsPersistenceAdapter.insert(connection, setAside);
          }
          claimed.sort(Comparator.comparingLong(stored -> stored.update().updateId()));
          return claimed;
        });
  }

  @Override
  public void handled(long updateId) {
    jdbc.once(
        "erasing a handled chat update",
        connection -> {
          delete(connection, List.of(updateId));
          return null;
        });
  }

  @Override
  public void giveUp(long updateId, String reason, Instant now) {
    jdbc.inTransaction(
        "setting aside chat update " + updateId,
        connection -> {
          try (PreparedStatement delete = connection.prepareStatement(GIVE_UP)) {
            delete.setLong(1, updateId);
            try (ResultSet row = delete.executeQuery()) {
              if (row.next()) {
                SetAsideRowsPersistenceAdapter.insert(
                    connection,
                    List.of(SetAsideRow.chatUpdate(updateId, row.getLong(1), reason, now)));
              }
            }
          }
          return null;
        });
  }

  private ChatUpdate open(long updateId, byte[] sealed) {
    String what = "stored chat update " + updateId;
    return json.read(cipher.openText(sealed, boundTo(updateId), what));
  }

  private static void delete(Connection connection, List<Long> updateIds) throws SQLException {
    if (updateIds.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
      for (long updateId : updateIds) {
        delete.setLong(1, updateId);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  /** What a sealed update is bound to: its own row. */
  private static String boundTo(long updateId) {
    return "update_inbox:" + updateId;
  }
}
