package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.sync.SyncStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reviews in the {@code feedbacks} table, one per (cabinet, id); a review fetched again replaces
 * the stored one.
 */
final class FeedbackPersistenceAdapter implements FeedbackStore {
  private static final List<Column<Feedback>> COLUMNS =
      List.of(
          new Column<>("feedback_id", "text", Feedback::id),
          new Column<>("product_valuation", "integer", f -> Integer.toString(f.productValuation())),
          new Column<>("body", "text", Feedback::text),
          new Column<>("pros", "text", Feedback::pros),
          new Column<>("cons", "text", Feedback::cons),
          new Column<>("created_date", "timestamptz", f -> BulkRows.text(f.createdDate())),
          new Column<>("nm_id", "bigint", f -> Long.toString(f.product().nmId())),
          new Column<>("imt_id", "bigint", f -> Long.toString(f.product().imtId())),
          new Column<>("product_name", "text", f -> f.product().productName()),
          new Column<>("supplier_article", "text", f -> f.product().supplierArticle()),
          new Column<>("brand_name", "text", f -> f.product().brandName()),
          new Column<>("size_name", "text", f -> f.product().size()),
          new Column<>("user_name", "text", Feedback::userName));

  private final KeyedRows<Feedback> feedbacks;

  FeedbackPersistenceAdapter(Jdbc jdbc, OutboxWriter outbox) {
    this.feedbacks =
        new KeyedRows<>(
            jdbc,
            outbox,
            SyncStream.FEEDBACKS,
            "feedbacks",
            "feedback_id",
            Feedback::id,
            null,
            BulkRows.upsert("feedbacks", List.of("feedback_id"), null, COLUMNS));
  }

  @Override
  public Set<String> knownFeedbackIds(CabinetId cabinet, Collection<String> ids) {
    return feedbacks.known(cabinet.sid(), ids, "true", row -> Boolean.TRUE).keySet();
  }

  @Override
  public void store(StreamBatch<Feedback> batch) {
    feedbacks.store(batch);
  }
}
