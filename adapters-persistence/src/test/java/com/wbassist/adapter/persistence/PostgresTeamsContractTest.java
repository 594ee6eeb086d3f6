package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.contract.TeamsContract;
import com.wbassist.domain.team.Invite;
import com.wbassist.domain.team.InviteCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database keeps owners and invites as the in-memory fakes do — also for several servers at
 * once, each racer on its own connection.
 */
class PostgresTeamsContractTest extends TeamsContract {
  @Override
  protected TeamPorts emptyTeams() {
    PersistenceAdapters empty = ContractAdapters.emptied();
    return new TeamPorts(empty.sellers(), empty.teamOwners(), empty.teamInvites());
  }

  @Test
  @DisplayName("the table holds the code's SHA-256 only, never the code")
  void digestOnly() throws SQLException {
    InviteCode code = InviteCode.fresh();
    invites.issue(code.digest(), Invite.issue(SHOP, 1, NOW));
    String raw = code.startParameter().substring(InviteCode.START_PREFIX.length());
    try (Connection connection = EmbeddedDatabase.shared().dataSource().getConnection();
        PreparedStatement stored =
            connection.prepareStatement(
                "select count(*), count(*) filter (where code_digest = ?) from team_invites"
                    + " where position(? in code_digest) = 0")) {
      stored.setString(1, code.digest());
      stored.setString(2, raw);
      try (ResultSet row = stored.executeQuery()) {
        row.next();
        assertEquals(1, row.getLong(1), "one row, and the code is nowhere in it");
        assertEquals(1, row.getLong(2), "kept under its digest");
      }
    }
  }
}
