package com.wbassist.app.reports;

import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  private static final Period NOVEMBER =
      new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

  @Test
  @DisplayName("RFC 4180: a field with ; or a quote or a line break is quoted, quotes doubled")
  void quoting() {
    assertEquals("plain", CsvReport.quoted("plain"));
    assertEquals("\"a;b\"", CsvReport.quoted("a;b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvReport.quoted("say \"hi\""));
    assertEquals("\"two\r\nlines\"", CsvReport.quoted("two\r\nlines"));
    assertEquals("a,b", CsvReport.quoted("a,b"));
  }

  @Test
  @DisplayName("UTF-8 with a BOM, a header, one line a row with its kind, Moscow times, CRLF")
  void table() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportDocument csv =
        new ReportFormats().open(new ReportRequest(NOVEMBER, ReportFormat.CSV, 0), out)) {
      csv.order(order("o;1").date("2026-11-02T02:30:00").price("1999.5").build());
      csv.sale(sale("R1").date("2026-11-06T12:00:00").money("-500", "-400").build());
      csv.sale(sale("D1").date("2026-11-07T12:00:00").build());
      csv.finish(new ReportTotals());
    }
    byte[] bytes = out.toByteArray();
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    List<String> lines =
        List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    assertEquals(3, lines.size(), "header, the order, the return; the correction left out");
    assertEquals("Тип;Дата;Номер заказа (srid)", lines.get(0).substring(0, 28));
    String[] order = lines.get(1).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    assertEquals("заказ", order[0]);
    assertEquals("2026-11-02 02:30:00", order[1]);
    assertEquals("\"o;1\"", order[2]);
    assertEquals("1999.50", order[11]);
    String[] back = lines.get(2).split(";", -1);
    assertEquals("возврат", back[0]);
    assertEquals("R1", back[3]);
    assertEquals("500.00", back[11]);
    assertEquals("400.00", back[12]);
  }
}
