package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Finished report files, kept where every server reads them (a download may reach another server
 * than the one that made the file) until they expire, and streamed in and out a bounded piece at a
 * time.
 */
public interface ReportFiles {
  /**
   * Stores the file of a task, replacing one stored before (a report made again after a crash).
   *
   * @param content read to its end; not closed
   */
  void store(StoredReportFile file, InputStream content) throws IOException;

  /** The cabinet's file of the task, while it has not expired at {@code now}. */
  Optional<StoredReportFile> find(CabinetId cabinet, TaskId task, Instant now);

  /** Writes the file's bytes to {@code out}, a piece at a time. */
  void copy(TaskId task, OutputStream out) throws IOException;
}
