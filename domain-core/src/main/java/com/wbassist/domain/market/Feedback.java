package com.wbassist.domain.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's review, from the unanswered list or the archive (rating-only reviews live only there).
 *
 * @param id WB's id of the review
 * @param productValuation stars, 1 to 5
 * @param text the review text, possibly empty
 * @param pros what the buyer liked
 * @param cons what the buyer did not
 * @param createdDate when it was written
 * @param product what it is about
 * @param userName the buyer's shown name
 */
public record Feedback(
    String id,
    int productValuation,
    String text,
    String pros,
    String cons,
    Instant createdDate,
    FeedbackProduct product,
    String userName) {

  public Feedback {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(product, "product");
    text = Text.orEmpty(text);
    pros = Text.orEmpty(pros);
    cons = Text.orEmpty(cons);
    userName = Text.orEmpty(userName);
  }
}
