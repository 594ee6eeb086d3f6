package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.TaskId;
import java.time.Instant;
import java.util.Objects;

/** A report file as it is kept: whose, its name and type, its size, until when. */
public record StoredReportFile(
    TaskId task,
    CabinetId cabinet,
    String fileName,
    String contentType,
    long size,
    Instant expiresAt) {
  public StoredReportFile {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
