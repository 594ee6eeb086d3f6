package com.wbassist.application.service;

import com.wbassist.application.port.in.CabinetStanding;
import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.OperationsRecords;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncTimetable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The operations console's questions, answered from the stores and the sync timetable. */
public final class OperationsConsole implements OperationsOverview {
  private final CabinetStore cabinets;
  private final SellerStore sellers;
  private final OperationsRecords records;
  private final SyncRunLog runLog;
  private final DeliveryQueue deliveries;
  private final SyncTimetable timetable;
  private final Clock clock;

  public OperationsConsole(
      CabinetStore cabinets,
      SellerStore sellers,
      OperationsRecords records,
      SyncRunLog runLog,
      DeliveryQueue deliveries,
      SyncTimetable timetable,
      Clock clock) {
    this.cabinets = cabinets;
    this.sellers = sellers;
    this.records = records;
    this.runLog = runLog;
    this.deliveries = deliveries;
    this.timetable = timetable;
    this.clock = clock;
  }

  @Override
  public List<CabinetStanding> cabinets() {
    Instant now = clock.instant();
    return cabinets.all().stream().map(cabinet -> standing(cabinet, now)).toList();
  }

  private CabinetStanding standing(Cabinet cabinet, Instant now) {
    return new CabinetStanding(
        cabinet,
        sellers.linkedTo(cabinet.id()).size(),
        timetable.nextSync(cabinet).orElse(null),
        timetable.lag(cabinet, now));
  }

  @Override
  public List<SyncRunRecord> runs(CabinetId cabinet, int limit) {
    return records.runs(cabinet, Math.max(1, Math.min(limit, MOST_RUNS)));
  }

  @Override
  public Optional<SyncProgress> progress(CabinetId cabinet) {
    return runLog.currentProgress(cabinet);
  }

  @Override
  public List<HourOfOperations> lastHours(int hours) {
    if (hours < 1 || hours > LONGEST_SPAN_HOURS) {
      throw new IllegalArgumentException(
          "hours must be between 1 and " + LONGEST_SPAN_HOURS + ", was " + hours);
    }
    Instant currentHour = clock.instant().truncatedTo(ChronoUnit.HOURS);
    return records.hourly(currentHour.minus(Duration.ofHours(hours - 1L)), hours);
  }

  @Override
  public boolean requeueDelivery(CabinetId cabinet, long deliveryId) {
    return deliveries.requeueFailed(cabinet, deliveryId, clock.instant());
  }
}
