package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.contract.ApiKeysContract;
import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.application.port.out.Prunable;
import com.wbassist.domain.apikey.RequestCounts;
import com.wbassist.domain.housekeeping.Retention;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database counts API requests as the in-memory fake does — also for several servers at once,
 * each racer on its own connection.
 */
class PostgresApiKeysContractTest extends ApiKeysContract {

  @Override
  protected ApiKeys emptyKeys() {
    return ContractAdapters.emptied().apiKeys();
  }

  @Test
  @DisplayName(
      "housekeeping prunes minutes older than an hour and keeps the two a key is judged by")
  void oldMinutesPruned() {
    count(KEY, MINUTE.minus(Duration.ofMinutes(61)));
    count(KEY, MINUTE.minus(Duration.ofMinutes(90)));
    count(KEY, BEFORE);
    count(KEY, MINUTE);

    var report =
        ContractAdapters.current()
            .housekeeping()
            .prune(MINUTE.plusSeconds(30), Retention.defaults(), 1_000);

    assertEquals(2, report.of(Prunable.API_KEY_REQUESTS));
    assertEquals(new RequestCounts(1, 2), count(KEY, MINUTE));
  }
}
