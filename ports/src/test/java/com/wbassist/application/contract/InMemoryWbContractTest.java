package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.scenario.ScenarioRowsAccess;
import com.wbassist.domain.cabinet.CabinetId;

/** The in-memory WB keeps the contract the real adapter keeps. */
class InMemoryWbContractTest extends WbMarketDataContract {
  @Override
  protected WbMarketData serving(CabinetId cabinet, String wbStateJson, int pageLimit) {
    InMemoryWb wb = new InMemoryWb();
    wb.pageLimit(pageLimit);
    wb.holds(cabinet, ScenarioRowsAccess.read(wbStateJson));
    return wb;
  }
}
