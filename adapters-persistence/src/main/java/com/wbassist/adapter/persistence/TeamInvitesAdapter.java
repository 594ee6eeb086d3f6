package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.team.Invite;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Invites in {@code team_invites}, by the digest of their code. Using one is a single conditional
 * update, so of two people following one link at once exactly one gets the row.
 */
final class TeamInvitesAdapter implements TeamInvites {
  private static final String ISSUE =
      "insert into team_invites (code_digest, cabinet_sid, invited_by, issued_at, expires_at)"
          + " values (?, ?, ?, ?, ?)";
  private static final String FIND =
      "select cabinet_sid, invited_by, issued_at, expires_at, used_by from team_invites"
          + " where code_digest = ?";
  private static final String USE =
      "update team_invites set used_by = ?, used_at = ?"
          + " where code_digest = ? and used_by is null and expires_at > ?";

  private final Jdbc jdbc;

  TeamInvitesAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void issue(String digest, Invite invite) {
    jdbc.once(
        "storing an invite",
        connection -> {
          try (PreparedStatement issue = connection.prepareStatement(ISSUE)) {
            issue.setString(1, digest);
            issue.setString(2, invite.cabinet().sid());
            issue.setLong(3, invite.invitedBy());
            SqlTime.set(issue, 4, invite.issuedAt());
            SqlTime.set(issue, 5, invite.expiresAt());
            return issue.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Invite> find(String digest) {
    return jdbc.once(
        "reading an invite",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, digest);
            try (ResultSet row = find.executeQuery()) {
              if (!row.next()) {
                return Optional.<Invite>empty();
              }
              long user = row.getLong("used_by");
              Long usedBy = row.wasNull() ? null : user;
              return Optional.of(
                  new Invite(
                      new CabinetId(row.getString("cabinet_sid")),
                      row.getLong("invited_by"),
                      SqlTime.get(row, "issued_at"),
                      SqlTime.get(row, "expires_at"),
                      usedBy));
            }
          }
        });
  }

  @Override
  public boolean use(String digest, long telegramId, Instant now) {
    return jdbc.once(
            "using an invite",
            connection -> {
              try (PreparedStatement use = connection.prepareStatement(USE)) {
                use.setLong(1, telegramId);
                SqlTime.set(use, 2, now);
                use.setString(3, digest);
                SqlTime.set(use, 4, now);
                return use.executeUpdate();
              }
            })
        == 1;
  }
}
