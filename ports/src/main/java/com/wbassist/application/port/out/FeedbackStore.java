package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import java.util.Collection;
import java.util.Set;

/** Stored reviews of every cabinet. */
public interface FeedbackStore {
  /** Which of the given review ids are stored, in one round trip. */
  Set<String> knownFeedbackIds(CabinetId cabinet, Collection<String> ids);

  /**
   * Rows and events in one transaction (reviews have no cursor), under the batch's lease (see
   * {@link StreamBatch}).
   *
   * @throws LeaseLostException when the pass no longer holds the cabinet; nothing is stored
   */
  void store(StreamBatch<Feedback> batch);
}
