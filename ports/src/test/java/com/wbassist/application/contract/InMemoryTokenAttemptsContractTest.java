package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryTokenAttempts;
import com.wbassist.application.port.out.TokenAttempts;

/** The in-memory fake counts token attempts as the database does. */
class InMemoryTokenAttemptsContractTest extends TokenAttemptsContract {
  @Override
  protected TokenAttempts emptyAttempts() {
    return new InMemoryTokenAttempts();
  }
}
