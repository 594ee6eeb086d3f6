package com.wbassist.application.fakes;

import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reviews in memory; a batch applies rows and events together or not at all. */
public final class InMemoryFeedbackStore extends FailureSwitch implements FeedbackStore {
  private final InMemoryOutbox outbox;
  private final InMemoryCabinetStore cabinets;
  private final Map<CabinetId, Map<String, Feedback>> feedbacks = new HashMap<>();

  /**
   * @param cabinets whose leases a batch is stored under
   */
  public InMemoryFeedbackStore(InMemoryOutbox outbox, InMemoryCabinetStore cabinets) {
    this.outbox = outbox;
    this.cabinets = cabinets;
  }

  @Override
  public synchronized Set<String> knownFeedbackIds(CabinetId cabinet, Collection<String> ids) {
    Map<String, Feedback> stored = feedbacks.getOrDefault(cabinet, Map.of());
    return ids.stream().filter(stored::containsKey).collect(Collectors.toSet());
  }

  @Override
  public synchronized void store(StreamBatch<Feedback> batch) {
    maybeFail();
    cabinets.whileHeld(
        batch.lease(),
        () -> {
          Map<String, Feedback> stored =
              feedbacks.computeIfAbsent(batch.cabinet(), c -> new LinkedHashMap<>());
          batch.rows().forEach(feedback -> stored.put(feedback.id(), feedback));
          outbox.append(batch.events(), batch.detectedAt());
        });
  }

  public synchronized List<Feedback> stored(CabinetId cabinet) {
    return List.copyOf(feedbacks.getOrDefault(cabinet, Map.of()).values());
  }
}
