package com.wbassist.application.port.out;

import com.wbassist.domain.task.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;

/** Writes report files in their formats (XLSX, CSV), row by row, in bounded memory. */
public interface ReportDocuments {
  /** A document of the request's format writing to {@code out} (not closed by it). */
  ReportDocument open(ReportRequest request, OutputStream out) throws IOException;
}
