package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Report files in {@code report_files}, their bytes in {@code report_file_pieces} of at most 1 MiB:
 * stored in one transaction a piece at a time, read back a piece per statement, so neither side
 * ever holds more than a piece (PostgreSQL's driver reads a {@code bytea} value whole).
 */
final class ReportFilesAdapter implements ReportFiles {
  static final int PIECE = 1 << 20;

  private static final String REPLACE = "delete from report_files where task_id = ?";
  private static final String ADD =
      "insert into report_files (task_id, cabinet_sid, file_name, content_type, size_bytes,"
          + " created_at, expires_at) values (?, ?, ?, ?, ?, now(), ?)";
  private static final String ADD_PIECE =
      "insert into report_file_pieces (task_id, piece, content) values (?, ?, ?)";
  private static final String FIND =
      "select task_id, cabinet_sid, file_name, content_type, size_bytes, expires_at"
          + " from report_files where task_id = ? and cabinet_sid = ? and expires_at > ?";
  private static final String PIECE_OF =
      "select content from report_file_pieces where task_id = ? and piece = ?";

  private final Jdbc jdbc;

  ReportFilesAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(StoredReportFile file, InputStream content) throws IOException {
    try {
      jdbc.inTransaction(
          "storing a report file",
          connection -> {
            try (PreparedStatement replace = connection.prepareStatement(REPLACE)) {
              replace.setString(1, file.task().value());
              replace.executeUpdate();
            }
            try (PreparedStatement add = connection.prepareStatement(ADD)) {
              add.setString(1, file.task().value());
              add.setString(2, file.cabinet().sid());
              add.setString(3, file.fileName());
              add.setString(4, file.contentType());
              add.setLong(5, file.size());
              SqlTime.set(add, 6, file.expiresAt());
              add.executeUpdate();
            }
            try (PreparedStatement piece = connection.prepareStatement(ADD_PIECE)) {
              int number = 0;
              byte[] bytes;
              while ((bytes = read(content)).length > 0) {
                piece.setString(1, file.task().value());
                piece.setInt(2, number++);
                piece.setBytes(3, bytes);
                piece.executeUpdate();
              }
            }
            return null;
          });
    } catch (UncheckedIOException unreadable) {
      throw unreadable.getCause();
    }
  }

  private static byte[] read(InputStream content) {
    try {
      return content.readNBytes(PIECE);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  @Override
  public Optional<StoredReportFile> find(CabinetId cabinet, TaskId task, Instant now) {
    return jdbc.once(
        "reading a report file",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, task.value());
            find.setString(2, cabinet.sid());
            SqlTime.set(find, 3, now);
            try (ResultSet row = find.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new StoredReportFile(
                          task,
                          cabinet,
                          row.getString("file_name"),
                          row.getString("content_type"),
                          row.getLong("size_bytes"),
                          SqlTime.get(row, "expires_at")))
                  : Optional.<StoredReportFile>empty();
            }
          }
        });
  }

  @Override
  public void copy(TaskId task, OutputStream out) throws IOException {
    for (int number = 0; ; number++) {
      int piece = number;
      byte[] bytes =
          jdbc.once(
              "reading a report file",
              connection -> {
                try (PreparedStatement read = connection.prepareStatement(PIECE_OF)) {
                  read.setString(1, task.value());
                  read.setInt(2, piece);
                  try (ResultSet row = read.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                  }
                }
              });
      if (bytes == null) {
        return;
      }
      out.write(bytes);
    }
  }
}
