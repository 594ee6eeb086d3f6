package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Cabinets' owners in {@code team_owners}. A claim is an insert that does nothing when the cabinet
 * is owned; a hand-over is one update conditional on the former owner, its successor chosen in the
 * same statement from the cabinet's members as {@code Team.successor} chooses: syncing or ready,
 * still hearing the bot, earliest {@code joined_at}, then smallest Telegram id.
 */
final class TeamOwnersAdapter implements TeamOwners {
  private static final String OWNER =
      "select owner_telegram_id from team_owners where cabinet_sid = ?";
  private static final String CLAIM =
      "insert into team_owners (cabinet_sid, owner_telegram_id, owner_since) values (?, ?, ?)"
          + " on conflict (cabinet_sid) do nothing";
  private static final String HAND_OVER =
      """
      update team_owners t set owner_telegram_id = next.telegram_id, owner_since = ?
      from (select telegram_id from sellers
            where cabinet_sid = ? and telegram_id <> ? and state in ('SYNCING', 'READY') and active
            order by joined_at nulls first, telegram_id limit 1) next
      where t.cabinet_sid = ? and t.owner_telegram_id = ?
      returning t.owner_telegram_id""";
  private static final String NOBODY_LEFT =
      "delete from team_owners where cabinet_sid = ? and owner_telegram_id = ?";

  private final Jdbc jdbc;

  TeamOwnersAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Long> ownerOf(CabinetId cabinet) {
    return jdbc.once(
        "reading a cabinet's owner",
        connection -> {
          try (PreparedStatement owner = connection.prepareStatement(OWNER)) {
            owner.setString(1, cabinet.sid());
            try (ResultSet row = owner.executeQuery()) {
              return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
            }
          }
        });
  }

  @Override
  public boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now) {
    return jdbc.once(
            "claiming a cabinet's ownership",
            connection -> {
              try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, cabinet.sid());
                claim.setLong(2, telegramId);
                SqlTime.set(claim, 3, now);
                return claim.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now) {
    return jdbc.inTransaction(
        "handing a cabinet's ownership on",
        connection -> {
          try (PreparedStatement handOver = connection.prepareStatement(HAND_OVER)) {
            SqlTime.set(handOver, 1, now);
            handOver.setString(2, cabinet.sid());
            handOver.setLong(3, formerOwner);
            handOver.setString(4, cabinet.sid());
            handOver.setLong(5, formerOwner);
            try (ResultSet row = handOver.executeQuery()) {
              if (row.next()) {
                return Optional.of(row.getLong(1));
              }
            }
          }
          // Nobody to hand it to (or it was no longer theirs: then this deletes nothing).
          try (PreparedStatement nobody = connection.prepareStatement(NOBODY_LEFT)) {
            nobody.setString(1, cabinet.sid());
            nobody.setLong(2, formerOwner);
            nobody.executeUpdate();
          }
          return Optional.<Long>empty();
        });
  }
}
