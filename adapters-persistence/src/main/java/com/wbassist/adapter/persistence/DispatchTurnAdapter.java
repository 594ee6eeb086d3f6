package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.DispatchTurn;
import com.wbassist.application.port.out.DispatchTurns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The dispatching turn in {@code dispatch_turn}: each call is one conditional {@code UPDATE} of the
 * one row, so two servers asking at once are ordered by its row lock and the condition is judged on
 * what the other one wrote — no read-then-write race.
 */
final class DispatchTurnAdapter implements DispatchTurns {
  private static final String TAKE =
      """
      update dispatch_turn set holder = ?, epoch = epoch + 1, held_until = ?
      where name = 'telegram' and (held_until <= ? or holder = ?)
      returning epoch""";
  private static final String RENEW =
      """
      update dispatch_turn set held_until = ?
      where name = 'telegram' and holder = ? and epoch = ? and held_until > ?""";
  private static final String GIVE_BACK =
      """
      update dispatch_turn set held_until = ?
      where name = 'telegram' and holder = ? and epoch = ?""";

  private static final String FREE =
      "update dispatch_turn set held_until = '-infinity' where name = 'telegram'";

  private final Jdbc jdbc;

  DispatchTurnAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<DispatchTurn> take(String holder, Instant now, Duration term) {
    Instant until = now.plus(term);
    return jdbc.once(
        "taking the dispatching turn",
        connection -> {
          try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, holder);
            SqlTime.set(take, 2, until);
            SqlTime.set(take, 3, now);
            take.setString(4, holder);
            try (ResultSet row = take.executeQuery()) {
              return row.next()
                  ? Optional.of(new DispatchTurn(holder, row.getLong(1), until))
                  : Optional.<DispatchTurn>empty();
            }
          }
        });
  }

  @Override
  public Optional<DispatchTurn> renew(DispatchTurn turn, Instant now, Duration term) {
    Instant until = now.plus(term);
    int renewed =
        jdbc.once(
            "renewing the dispatching turn",
            connection -> {
              try (PreparedStatement renew = connection.prepareStatement(RENEW)) {
                SqlTime.set(renew, 1, until);
                renew.setString(2, turn.holder());
                renew.setLong(3, turn.epoch());
                SqlTime.set(renew, 4, now);
                return renew.executeUpdate();
              }
            });
    return renewed == 1
        ? Optional.of(new DispatchTurn(turn.holder(), turn.epoch(), until))
        : Optional.empty();
  }

  @Override
  public void giveBack(DispatchTurn turn, Instant now, Duration quietGap) {
    jdbc.once(
        "giving the dispatching turn back",
        connection -> {
          try (PreparedStatement giveBack = connection.prepareStatement(GIVE_BACK)) {
            SqlTime.set(giveBack, 1, now.plus(quietGap));
            giveBack.setString(2, turn.holder());
            giveBack.setLong(3, turn.epoch());
            return giveBack.executeUpdate();
          }
        });
  }

  /** Frees the turn whoever holds it (the sandbox's replays: see PersistenceAdapters). */
  void free() {
    jdbc.once(
        "freeing the dispatching turn",
        connection -> {
          try (PreparedStatement free = connection.prepareStatement(FREE)) {
            return free.executeUpdate();
          }
        });
  }
}
