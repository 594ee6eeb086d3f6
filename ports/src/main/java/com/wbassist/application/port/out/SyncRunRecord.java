package com.wbassist.application.port.out;

import com.wbassist.domain.sync.SyncKind;
import java.time.Instant;

/**
 * One sync pass of a cabinet as operators read it.
 *
 * @param id the run
 * @param kind primary or incremental
 * @param startedAt when it began
 * @param finishedAt when it ended, {@code null} while it runs (or if its server died under it)
 * @param error why it failed, {@code null} when it went well or still runs
 * @param rows rows its finished streams stored
 * @param cancelRequested whether an operator asked it to stop
 */
public record SyncRunRecord(
    long id,
    SyncKind kind,
    Instant startedAt,
    Instant finishedAt,
    String error,
    long rows,
    boolean cancelRequested) {}
