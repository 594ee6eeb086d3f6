package com.wbassist.application.service;

import com.wbassist.application.port.in.RequestReport;
import com.wbassist.application.port.in.ResyncRefusedException;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.application.port.in.TooManyReportsException;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.sync.TokenRequestLimits;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskKind;
import com.wbassist.domain.task.TaskState;
import com.wbassist.domain.token.TokenInspector;
import com.wbassist.domain.token.TokenType;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Queues reports and re-syncs and answers about tasks, for a seller's own system (by its API key's
 * cabinet) and for the bot (by the seller's cabinet); the shop's primary sync is answered among
 * them ({@link PrimarySyncTasks}). The tasks themselves run in {@link BackgroundTaskKinds}.
 */
public final class BackgroundTaskService implements SellerTasks, RequestReport {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BackgroundTasks tasks;
  private final ReportFiles files;
  private final SellerStore sellers;
  private final Clock clock;
  private final CabinetStore cabinets;
  private final PrimarySyncTasks primarySyncs;
  private final TokenRequestLimits limits = new TokenRequestLimits();

  /** Reports only: no primary sync shown, no re-sync taken. */
  public BackgroundTaskService(
      BackgroundTasks tasks, ReportFiles files, SellerStore sellers, Clock clock) {
    this(tasks, files, sellers, null, null, clock);
  }

  /**
   * @param cabinets whose state decides whether a re-sync can be done
   * @param primarySyncs the shops' primary syncs, listed and cancelled among the tasks
   */
  public BackgroundTaskService(
      BackgroundTasks tasks,
      ReportFiles files,
      SellerStore sellers,
      CabinetStore cabinets,
      PrimarySyncTasks primarySyncs,
      Clock clock) {
    this.tasks = tasks;
    this.files = files;
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.primarySyncs = primarySyncs;
    this.clock = clock;
  }

  @Override
  public BackgroundTask requestReport(ApiCaller caller, Period period, ReportFormat format) {
    return queue(caller.cabinet(), new ReportRequest(period, format, 0));
  }

  @Override
  public Optional<BackgroundTask> requestReport(
      long telegramId, Period period, ReportFormat format) {
    Optional<Seller> seller = sellers.find(telegramId).filter(Seller::isReady);
    return seller.map(s -> queue(s.cabinet(), new ReportRequest(period, format, s.chatId())));
  }

  @Override
  public BackgroundTask requestResync(ApiCaller caller, Period period) {
    if (cabinets == null) {
      throw new ResyncRefusedException("re-syncs are not offered here");
    }
    Cabinet cabinet =
        cabinets
            .find(caller.cabinet())
            .orElseThrow(() -> new ResyncRefusedException("the key's cabinet is gone"));
    refuseUnlessResyncable(cabinet);
    boolean underWay = unfinished(cabinet.id()).stream().anyMatch(t -> t.kind() == TaskKind.RESYNC);
    if (underWay) {
      throw new ResyncRefusedException(
          "a re-sync of this shop is under way; wait for it or cancel it first");
    }
    BackgroundTask task = BackgroundTask.resync(newId(), cabinet.id(), period, clock.instant());
    tasks.add(task);
    return task;
  }

  /**
   * A re-sync only re-reads what the regular passes already read: the baseline must be loaded, WB
   * must take the token, and the token must be one WB lets page orders and sales freely (a Base
   * token's one request in hours would make a re-sync of days take weeks, and take the regular
   * sync's turns).
   */
  private void refuseUnlessResyncable(Cabinet cabinet) {
    if (cabinet.needsNewToken()) {
      throw new ResyncRefusedException(
          "WB does not accept the shop's token now: a seller must send a new one in the bot");
    }
    if (!cabinet.isReady()) {
      throw new ResyncRefusedException(
          "the shop's primary sync has not finished; it reads these days anyway");
    }
    TokenType type = TokenInspector.typeOf(cabinet.token());
    for (SyncStream stream : List.of(SyncStream.ORDERS, SyncStream.SALES)) {
      if (!limits.offered(type, stream) || limits.gapBetweenRequests(type, stream).isPresent()) {
        throw new ResyncRefusedException(
            "WB lets this kind of token ask for "
                + stream.name().toLowerCase(Locale.ROOT)
                + " only now and then; a re-sync needs a personal or service token");
      }
    }
  }

  @Override
  public Optional<BackgroundTask> task(ApiCaller caller, TaskId id) {
    if (isPrimarySync(caller, id)) {
      return primarySyncs.of(caller.cabinet());
    }
    return tasks.find(caller.cabinet(), id);
  }

  @Override
  public List<BackgroundTask> tasks(ApiCaller caller, Optional<TaskState> state) {
    List<BackgroundTask> stored = tasks.of(caller.cabinet(), state, LISTED);
    if (primarySyncs == null) {
      return stored;
    }
    Optional<BackgroundTask> primary =
        primarySyncs.of(caller.cabinet()).filter(p -> state.isEmpty() || state.get() == p.state());
    if (primary.isEmpty()) {
      return stored;
    }
    List<BackgroundTask> all = new ArrayList<>(stored);
    all.add(primary.get());
    all.sort(Comparator.comparing(BackgroundTask::createdAt).reversed());
    return all.subList(0, Math.min(all.size(), LISTED));
  }

  @Override
  public Optional<BackgroundTask> cancel(ApiCaller caller, TaskId id) {
    if (isPrimarySync(caller, id)) {
      return primarySyncs.cancel(caller.cabinet());
    }
    return tasks.requestCancel(caller.cabinet(), id, clock.instant());
  }

  private boolean isPrimarySync(ApiCaller caller, TaskId id) {
    return primarySyncs != null && id.equals(TaskId.primarySyncOf(caller.cabinet()));
  }

  private List<BackgroundTask> unfinished(CabinetId cabinet) {
    List<BackgroundTask> unfinished =
        new ArrayList<>(tasks.of(cabinet, Optional.of(TaskState.QUEUED), LISTED));
    unfinished.addAll(tasks.of(cabinet, Optional.of(TaskState.RUNNING), LISTED));
    return unfinished;
  }

  @Override
  public Optional<StoredReportFile> file(ApiCaller caller, TaskId id) {
    return files.find(caller.cabinet(), id, clock.instant());
  }

  @Override
  public void download(StoredReportFile file, OutputStream out) throws IOException {
    files.copy(file.task(), out);
  }

  private BackgroundTask queue(CabinetId cabinet, ReportRequest request) {
    long unfinished =
        tasks.of(cabinet, Optional.of(TaskState.QUEUED), UNFINISHED_AT_MOST).size()
            + tasks.of(cabinet, Optional.of(TaskState.RUNNING), UNFINISHED_AT_MOST).size();
    if (unfinished >= UNFINISHED_AT_MOST) {
      throw new TooManyReportsException();
    }
    BackgroundTask task = BackgroundTask.report(newId(), cabinet, request, clock.instant());
    tasks.add(task);
    return task;
  }

  static TaskId newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new TaskId(HexFormat.of().formatHex(bytes));
  }
}
