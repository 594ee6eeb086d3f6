package com.wbassist.app.reports;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.application.port.out.ReportDocuments;
import com.wbassist.domain.task.ReportRequest;
import java.io.OutputStream;

/** The report writers by format: XLSX through Apache POI's streaming workbook, CSV by hand. */
public final class ReportFormats implements ReportDocuments {
  @Override
  public ReportDocument open(ReportRequest request, OutputStream out) {
    return switch (request.format()) {
      case XLSX -> new XlsxReport(request.period(), out);
      case CSV -> new CsvReport(out);
    };
  }
}
