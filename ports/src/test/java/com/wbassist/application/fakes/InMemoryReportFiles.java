package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Report files in memory. */
public final class InMemoryReportFiles implements ReportFiles {
  private final Map<TaskId, StoredReportFile> files = new HashMap<>();
  private final Map<TaskId, byte[]> contents = new HashMap<>();

  @Override
  public synchronized void store(StoredReportFile file, InputStream content) throws IOException {
    files.put(file.task(), file);
    contents.put(file.task(), content.readAllBytes());
  }

  @Override
  public synchronized Optional<StoredReportFile> find(CabinetId cabinet, TaskId task, Instant now) {
    return Optional.ofNullable(files.get(task))
        .filter(f -> f.cabinet().equals(cabinet))
        .filter(f -> now.isBefore(f.expiresAt()));
  }

  @Override
  public synchronized void copy(TaskId task, OutputStream out) throws IOException {
    out.write(contents.get(task));
  }

  public synchronized byte[] content(TaskId task) {
    return contents.get(task);
  }
}
