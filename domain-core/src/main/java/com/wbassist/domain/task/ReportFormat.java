package com.wbassist.domain.task;

import java.util.Locale;
import java.util.Optional;

/** The file a report is made as. */
public enum ReportFormat {
  /** One sheet per kind and a summary, typed cells: for people. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** One table of every row with its kind: for the seller's own systems. */
  CSV("csv", "text/csv; charset=UTF-8");

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ReportFormat> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
