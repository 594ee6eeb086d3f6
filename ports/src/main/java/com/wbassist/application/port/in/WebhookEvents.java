package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;

/**
 * The events only webhooks carry. Each is written as deliveries for the cabinet's active
 * subscriptions that asked for its type, and not at all when none did; each is once per its key.
 */
public interface WebhookEvents {
  /** A sync pass of the cabinet ended with every stream read. */
  void syncFinished(CabinetId cabinet, long runId, Instant at);

  /** A sync pass of the cabinet failed; {@code reason} is the cabinet's last error. */
  void syncFailed(CabinetId cabinet, long runId, String reason, Instant at);

  /** A report the seller asked for can be fetched. */
  void reportReady(CabinetId cabinet, String reportId, String title, Instant at);
}
