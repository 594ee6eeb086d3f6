package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryTeamInvites;
import com.wbassist.application.fakes.InMemoryTeamOwners;

/** The in-memory fakes keep owners and invites as the database does. */
class InMemoryTeamsContractTest extends TeamsContract {
  @Override
  protected TeamPorts emptyTeams() {
    InMemorySellerStore sellers = new InMemorySellerStore();
    return new TeamPorts(sellers, new InMemoryTeamOwners(sellers), new InMemoryTeamInvites());
  }
}
