package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.fakes.InMemoryWebhooks;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.webhook.WebhookDestination;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyncRunsToWebhooksTest {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  private static final CabinetId SHOP = new CabinetId("shop-a");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
  private final SyncRunsToWebhooks runs =
      new SyncRunsToWebhooks(
          new InMemorySyncRunLog(new com.wbassist.application.fakes.InMemoryCabinetStore()),
          new WebhookEventRecorder(webhooks, clock));

  @Test
  @DisplayName("a pass's end is a SYNC_FINISHED or SYNC_FAILED event; a lost lease is neither")
  void passEnds() {
    new WebhookSubscriptionService(
            webhooks, webhooks, WebhookDestination.production(), new SecureRandom(), clock)
        .create(
            new ApiCaller("key", SHOP),
            "https://crm.example.com/wb",
            Set.of("SYNC_FINISHED", "SYNC_FAILED"));
    long ok = runs.started(SHOP, SyncKind.INCREMENTAL, T0);
    runs.finished(ok, T0, null);
    long failed = runs.started(SHOP, SyncKind.INCREMENTAL, T0);
    runs.finished(failed, T0, "WB answered 500");
    long lost = runs.started(SHOP, SyncKind.INCREMENTAL, T0);
    runs.finished(lost, T0, CabinetPass.LEASE_LOST);
    assertEquals(
        List.of("SYNC_FINISHED", "SYNC_FAILED"),
        webhooks.all().stream().map(d -> d.eventType()).toList());
    assertEquals(
        List.of("sync-" + ok + "-finished", "sync-" + failed + "-failed"),
        webhooks.all().stream().map(d -> d.eventId()).toList());
  }
}
