package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Request turns in {@code request_turns}: a turn is one conditional upsert, so of two passes asking
 * at once only the first takes it.
 */
final class RequestTurnsAdapter implements RequestTurns {
  private static final String LAST =
      "select next_at, taken, read_to_the_end from request_turns where cabinet_sid = ? and stream = ?";
  private static final String TAKE =
      """
      insert into request_turns (cabinet_sid, stream, next_at, taken, read_to_the_end) values (?, ?, ?, 1, false)
      on conflict (cabinet_sid, stream) do update
      set next_at = excluded.next_at, taken = request_turns.taken + 1, read_to_the_end = false
      where request_turns.next_at <= ?""";
  private static final String READ_TO_THE_END =
      "update request_turns set read_to_the_end = true where cabinet_sid = ? and stream = ?";

  private final Jdbc jdbc;

  RequestTurnsAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RequestTurn> last(CabinetId cabinet, SyncStream stream) {
    return jdbc.once(
        "reading a request turn",
        connection -> {
          try (PreparedStatement last = connection.prepareStatement(LAST)) {
            last.setString(1, cabinet.sid());
            last.setString(2, stream.name());
            try (ResultSet row = last.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new RequestTurn(
                          SqlTime.get(row, "next_at"),
                          row.getLong("taken"),
                          row.getBoolean("read_to_the_end")))
                  : Optional.<RequestTurn>empty();
            }
          }
        });
  }

  @Override
  public void readToTheEnd(CabinetId cabinet, SyncStream stream) {
    jdbc.once(
        "recording a stream read to its end",
        connection -> {
          try (PreparedStatement end = connection.prepareStatement(READ_TO_THE_END)) {
            end.setString(1, cabinet.sid());
            end.setString(2, stream.name());
            return end.executeUpdate();
          }
        });
  }

  @Override
  public boolean take(CabinetId cabinet, SyncStream stream, Instant now, Instant nextAt) {
    int taken =
        jdbc.once(
            "taking a request turn",
            connection -> {
              try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, cabinet.sid());
                take.setString(2, stream.name());
                SqlTime.set(take, 3, nextAt);
                SqlTime.set(take, 4, now);
                return take.executeUpdate();
              }
            });
    return taken == 1;
  }
}
