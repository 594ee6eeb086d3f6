package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import com.wbassist.application.port.out.CabinetEraser;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.DispatchTurns;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.Housekeeping;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.ProcessedUpdates;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.application.port.out.UpdateInbox;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Every storage port on PostgreSQL, built from a data source and the token cipher. The data source
 * must hand out connections that are not enlisted in a container transaction (in Liberty: a {@code
 * dataSource} with {@code transactional="false"}): each port method commits its own local
 * transaction, which is what makes a page's rows, cursor and events one atomic write in every
 * runtime. Run {@link SchemaMigration} on the same database first. Thread-safe; build one per
 * application and {@link #close()} it at shutdown.
 */
public final class PersistenceAdapters implements AutoCloseable {
  private final JpaUnit jpa;
  private final CabinetPersistenceAdapter cabinets;
  private final SellerPersistenceAdapter sellers;
  private final OrderPersistenceAdapter orders;
  private final SalePersistenceAdapter sales;
  private final FeedbackPersistenceAdapter feedbacks;
  private final StockPersistenceAdapter stocks;
  private final ProductCardPersistenceAdapter cards;
  private final OutboxPersistenceAdapter outbox;
  private final SyncRunPersistenceAdapter runs;
  private final ProcessedUpdatesAdapter updates;
  private final TokenAttemptPersistenceAdapter tokenAttempts;
  private final UpdateInboxPersistenceAdapter inbox;
  private final CabinetErasure erasure;
  private final DeliveryHistory history;
  private final SetAsideEvents setAside;
  private final SetAsideRowsPersistenceAdapter setAsideRows;
  private final HousekeepingPersistenceAdapter housekeeping;
  private final DispatchTurnAdapter turns;
  private final RequestTurnsAdapter requestTurns;
  private final TokenCareAdapter tokenCare;
  private final Jdbc jdbc;
  private final DailySummaryPersistenceAdapter dailySummaries;
  private final TeamOwnersAdapter teamOwners;
  private final TeamInvitesAdapter teamInvites;
  private final ApiKeysAdapter apiKeys;
  private final ShopRecordsAdapter shopRecords;
  private final BackgroundTasksAdapter backgroundTasks;
  private final ReportFilesAdapter reportFiles;
  private final WebhookSubscriptionsAdapter webhookSubscriptions;
  private final WebhookDeliveriesAdapter webhookDeliveries;
  private final OperationsRecordsAdapter operations;

  private PersistenceAdapters(DataSource dataSource, TokenCipher cipher) {
    Jdbc jdbc = new Jdbc(dataSource);
    EventJson json = new EventJson();
    OutboxWriter events = new OutboxWriter(json);
    this.jpa = new JpaUnit(dataSource);
    this.cabinets = new CabinetPersistenceAdapter(jpa, jdbc, cipher);
    this.sellers = new SellerPersistenceAdapter(jpa);
    this.orders = new OrderPersistenceAdapter(jdbc, events);
    this.sales = new SalePersistenceAdapter(jdbc, events);
    this.feedbacks = new FeedbackPersistenceAdapter(jdbc, events);
    this.stocks = new StockPersistenceAdapter(jdbc, events);
    this.cards = new ProductCardPersistenceAdapter(jdbc, json);
    this.webhookSubscriptions = new WebhookSubscriptionsAdapter(jdbc, cipher);
    this.webhookDeliveries =
        new WebhookDeliveriesAdapter(jdbc, new WebhookBodies(), webhookSubscriptions);
    this.outbox = new OutboxPersistenceAdapter(jdbc, json, webhookDeliveries);
    this.runs = new SyncRunPersistenceAdapter(jpa);
    this.updates = new ProcessedUpdatesAdapter(jdbc);
    this.tokenAttempts = new TokenAttemptPersistenceAdapter(jdbc);
    this.inbox = new UpdateInboxPersistenceAdapter(jdbc, cipher);
    this.erasure = new CabinetErasure(jdbc);
    this.history = new DeliveryHistory(jdbc);
    this.setAside = new SetAsideEvents(jdbc);
    this.setAsideRows = new SetAsideRowsPersistenceAdapter(jdbc);
    this.housekeeping = new HousekeepingPersistenceAdapter(jdbc);
    this.turns = new DispatchTurnAdapter(jdbc);
    this.requestTurns = new RequestTurnsAdapter(jdbc);
    this.tokenCare = new TokenCareAdapter(jdbc);
    this.jdbc = jdbc;
    this.dailySummaries = new DailySummaryPersistenceAdapter(jdbc);
    this.teamOwners = new TeamOwnersAdapter(jdbc);
    this.teamInvites = new TeamInvitesAdapter(jdbc);
    this.apiKeys = new ApiKeysAdapter(jdbc);
    this.shopRecords = new ShopRecordsAdapter(jdbc);
    this.backgroundTasks = new BackgroundTasksAdapter(jdbc);
    this.reportFiles = new ReportFilesAdapter(jdbc);
    this.operations = new OperationsRecordsAdapter(jdbc);
  }

  /** The adapters over a migrated database. */
  public static PersistenceAdapters create(DataSource dataSource, TokenCipher cipher) {
    return new PersistenceAdapters(
        Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(cipher, "cipher"));
  }

  public CabinetStore cabinets() {
    return cabinets;
  }

  public SellerStore sellers() {
    return sellers;
  }

  public OrderStore orders() {
    return orders;
  }

  public SaleStore sales() {
    return sales;
  }

  public FeedbackStore feedbacks() {
    return feedbacks;
  }

  public StockStore stocks() {
    return stocks;
  }

  public ProductCardStore productCards() {
    return cards;
  }

  public EventOutbox outbox() {
    return outbox;
  }

  /** The scarce WB requests of cabinets' streams (Base tokens). */
  public com.wbassist.application.port.out.ShopRecords shopRecords() {
    return shopRecords;
  }

  /** Background tasks (reports), claimed with fencing leases. */
  public com.wbassist.application.port.out.BackgroundTasks backgroundTasks() {
    return backgroundTasks;
  }

  /** Finished report files, readable by every server. */
  public com.wbassist.application.port.out.ReportFiles reportFiles() {
    return reportFiles;
  }

  public com.wbassist.application.port.out.ApiKeys apiKeys() {
    return apiKeys;
  }

  /** Cabinets' webhook subscriptions, their secrets sealed with the token key. */
  public com.wbassist.application.port.out.WebhookSubscriptions webhookSubscriptions() {
    return webhookSubscriptions;
  }

  /** The webhook delivery queue, filled by the outbox's expansion too. */
  public com.wbassist.application.port.out.WebhookDeliveries webhookDeliveries() {
    return webhookDeliveries;
  }

  public RequestTurns requestTurns() {
    return requestTurns;
  }

  /** What passes remember of each cabinet's token (docs/decisions/0622). */
  public TokenCareStore tokenCare() {
    return tokenCare;
  }

  /**
   * The shop's figures from the stored rows; negative reviews and the critical stock as the policy
   * says.
   */
  public ShopFigures shopFigures(DetectionPolicy policy) {
    return new ShopFiguresPersistenceAdapter(jdbc, cards, Objects.requireNonNull(policy, "policy"));
  }

  /** The daily summaries, once per seller and Moscow day (docs/decisions/0624). */
  public DailySummaries dailySummaries() {
    return dailySummaries;
  }

  /** Who owns each cabinet's team. */
  public TeamOwners teamOwners() {
    return teamOwners;
  }

  /** Invites into cabinets' teams, kept by digest. */
  public TeamInvites teamInvites() {
    return teamInvites;
  }

  /** The cluster's one dispatching turn. */
  public DispatchTurns dispatchTurns() {
    return turns;
  }

  public DeliveryQueue deliveries() {
    return outbox;
  }

  public com.wbassist.application.port.out.OperationsRecords operationsRecords() {
    return operations;
  }

  public SyncRunLog syncRuns() {
    return runs;
  }

  public ProcessedUpdates processedUpdates() {
    return updates;
  }

  public TokenAttempts tokenAttempts() {
    return tokenAttempts;
  }

  public UpdateInbox updateInbox() {
    return inbox;
  }

  /**
   * WB rows that could not be read and chat updates given up, set aside for operators (the update
   * inbox sets its own aside here).
   */
  public SetAsideRows setAsideRows() {
    return setAsideRows;
  }

  /** Prunes what has served its purpose (docs/decisions/0612). */
  public Housekeeping housekeeping() {
    return housekeeping;
  }

  /** Erases a cabinet for good, unless a sync pass holds it. */
  public CabinetEraser cabinetEraser() {
    return erasure;
  }

  /**
   * For the admin API: asks a running sync pass to stop between pages; false when the run is
   * unknown or over.
   */
  public boolean requestSyncCancel(long runId) {
    return runs.requestCancel(runId);
  }

  /**
   * For the admin API: asks the cabinet's running pass(es) to stop; returns how many were asked.
   */
  public int requestSyncCancel(CabinetId cabinet) {
    return runs.requestCancel(cabinet);
  }

  /**
   * For the admin API: the cabinet's newest notifications (at most {@code limit}, up to 1,000) and
   * how each went.
   */
  public List<RecentDelivery> recentDeliveries(CabinetId cabinet, int limit) {
    return history.recent(cabinet, limit);
  }

  /** For the admin API: the outbox events set aside as unreadable, newest first. */
  public List<SetAsideEvent> setAsideEvents(int limit) {
    return setAside.newest(limit);
  }

  /**
   * For the sandbox's scenario replay only: forgets the cabinet (its rows, events, deliveries,
   * runs) and the given sellers (their token attempts too), in one transaction, so a replay starts
   * from nothing.
   */
  /**
   * Frees the cluster's dispatching turn whoever holds it — for the sandbox's replays only, which
   * move the application's clock while no other work runs.
   */
  public void freeDispatchTurn() {
    turns.free();
  }

  public void forget(CabinetId cabinet, java.util.Collection<Long> telegramIds) {
    erasure.forget(cabinet, telegramIds);
  }

  @Override
  public void close() {
    jpa.close();
  }
}
