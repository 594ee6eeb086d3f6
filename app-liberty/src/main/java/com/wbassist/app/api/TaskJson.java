package com.wbassist.app.api;

import com.wbassist.domain.task.BackgroundTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A background task as the API shows it. {@code file} is the download link while the report can be
 * downloaded, else {@code null}; {@code format} is a report's, {@code null} for a task that makes
 * no file (a primary sync, a re-sync); {@code sequence} is the id of the live event that showed
 * this state.
 */
public record TaskJson(
    String id,
    String kind,
    String state,
    int percent,
    long rows,
    String stage,
    long sequence,
    LocalDate from,
    LocalDate to,
    String format,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    boolean cancelRequested,
    String error,
    String file,
    OffsetDateTime fileUntil) {

  /** Whether the file is ready is judged on real time, as tasks' files expire (decision 0627). */
  static TaskJson of(BackgroundTask task) {
    boolean ready = task.fileReady(Clock.systemUTC().instant());
    return new TaskJson(
        task.id().value(),
        task.kind().name(),
        task.state().name(),
        task.progress().percent(),
        task.progress().rows(),
        task.progress().stage(),
        task.progress().sequence(),
        task.request().period().first(),
        task.request().period().last(),
        task.request().format() == null ? null : task.request().format().name(),
        MoscowJson.time(task.createdAt()),
        MoscowJson.time(task.startedAt()),
        MoscowJson.time(task.finishedAt()),
        task.cancelRequested(),
        task.error(),
        ready ? "/api/v1/reports/" + task.id().value() + "/file" : null,
        ready ? MoscowJson.time(task.fileUntil()) : null);
  }
}
