package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL's COPY protocol into a staging table, rows streamed in 64 KB messages. */
final class CopyStage {
  private static final int FLUSH_AT = 64 * 1024;

  private CopyStage() {}

  /** Whether the connection is (or wraps, as an application server's does) PostgreSQL's own. */
  static boolean available(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static <T> void copy(
      Connection connection,
      String stage,
      String columnNames,
      String cabinet,
      List<Column<T>> columns,
      List<T> rows)
      throws SQLException {
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy " + stage + " (" + columnNames + ") from stdin");
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
      StringBuilder line = new StringBuilder(512);
      for (T row : rows) {
        line.setLength(0);
        line.append(escape(cabinet));
        for (Column<T> column : columns) {
          String value = column.text().apply(row);
          line.append('\t').append(value == null ? "\\N" : escape(value));
        }
        line.append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (buffer.size() >= FLUSH_AT) {
          copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
          buffer.reset();
        }
      }
      if (buffer.size() > 0) {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** COPY text format: backslash, tab and line breaks escaped. */
  static String escape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return value
            .replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r");
      }
    }
    return value;
  }
}
