package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import java.time.Instant;
import java.util.Objects;

/** A review with few stars was seen for the first time, in the unanswered list or the archive. */
public record NegativeReviewPosted(CabinetId cabinet, Feedback feedback) implements MarketEvent {
  public NegativeReviewPosted {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(feedback, "feedback");
  }

  @Override
  public EventType type() {
    return EventType.NEGATIVE_REVIEW;
  }

  @Override
  public String key() {
    return feedback.id();
  }

  @Override
  public long nmId() {
    return feedback.product().nmId();
  }

  @Override
  public Instant occurredAt() {
    return feedback.createdDate();
  }
}
