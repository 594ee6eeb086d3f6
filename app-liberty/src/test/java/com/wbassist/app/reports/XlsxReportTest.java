package com.wbassist.app.reports;

import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxReportTest {
  private static final Period NOVEMBER =
      new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

  private static byte[] report(List<Order> orders, List<Sale> sales) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportTotals totals = new ReportTotals();
    try (ReportDocument document =
        new ReportFormats().open(new ReportRequest(NOVEMBER, ReportFormat.XLSX, 0), out)) {
      for (Order o : orders) {
        document.order(o);
        totals.add(o);
      }
      for (Sale s : sales) {
        document.sale(s);
        totals.add(s);
      }
      document.finish(totals);
    }
    return out.toByteArray();
  }

  private static LocalDateTime time(Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), "a date is a number in Excel");
    assertTrue(DateUtil.isCellDateFormatted(cell), "with a date format");
    return cell.getLocalDateTimeCellValue();
  }

  @Test
  @DisplayName(
      "the workbook opens: summary first, one sheet per kind, typed cells in Moscow time, totals")
  void cellByCell() throws Exception {
    byte[] file =
        report(
            List.of(
                // 23:30 UTC on the 1st is 02:30 on the 2nd in Moscow
                order("o1").date("2026-11-02T02:30:00").price("1999.50").build(),
                order("o2")
                    .date("2026-11-03T10:00:00")
                    .price("500")
                    .cancelled("2026-11-03T12:00:00")
                    .build()),
            List.of(
                sale("S1").date("2026-11-05T12:00:00").money("1000", "800.25").build(),
                sale("R1").date("2026-11-06T12:00:00").money("-500", "-400").build(),
                sale("D1").date("2026-11-07T12:00:00").money("10", "10").build()));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertEquals(4, workbook.getNumberOfSheets());
      assertEquals("Сводка", workbook.getSheetName(0));
      assertEquals("Заказы", workbook.getSheetName(1));
      assertEquals("Выкупы", workbook.getSheetName(2));
      assertEquals("Возвраты", workbook.getSheetName(3));

      Sheet orders = workbook.getSheet("Заказы");
      assertEquals("Дата", orders.getRow(0).getCell(0).getStringCellValue());
      Row first = orders.getRow(1);
      assertEquals(LocalDateTime.parse("2026-11-02T02:30:00"), time(first.getCell(0)));
      assertEquals("o1", first.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType(), "nmId is a number");
      assertEquals(CellType.NUMERIC, first.getCell(9).getCellType(), "money is a number");
      assertEquals(1999.50, first.getCell(9).getNumericCellValue(), 0.001);
      assertEquals("#,##0.00", first.getCell(9).getCellStyle().getDataFormatString());
      assertEquals("нет", first.getCell(10).getStringCellValue());
      Row second = orders.getRow(2);
      assertEquals("да", second.getCell(10).getStringCellValue());
      assertEquals(LocalDateTime.parse("2026-11-03T12:00:00"), time(second.getCell(11)));
      Row total = orders.getRow(3);
      assertEquals("Итого", total.getCell(0).getStringCellValue());
      assertEquals(2, total.getCell(1).getNumericCellValue());
      assertEquals(2499.50, total.getCell(9).getNumericCellValue(), 0.001);
      assertEquals(4, orders.getPhysicalNumberOfRows(), "header, two orders, totals");

      Sheet buyouts = workbook.getSheet("Выкупы");
      assertEquals("S1", buyouts.getRow(1).getCell(1).getStringCellValue());
      assertEquals(800.25, buyouts.getRow(1).getCell(11).getNumericCellValue(), 0.001);
      assertEquals("Итого", buyouts.getRow(2).getCell(0).getStringCellValue());
      assertEquals(3, buyouts.getPhysicalNumberOfRows(), "the correction D1 is left out");

      Sheet returns = workbook.getSheet("Возвраты");
      assertEquals(500, returns.getRow(1).getCell(10).getNumericCellValue(), 0.001, "absolute");
      assertEquals(400, returns.getRow(2).getCell(11).getNumericCellValue(), 0.001);

      Sheet summary = workbook.getSheet("Сводка");
      assertEquals(LocalDate.parse("2026-11-01"), time(summary.getRow(0).getCell(1)).toLocalDate());
      assertEquals(LocalDate.parse("2026-11-30"), time(summary.getRow(1).getCell(1)).toLocalDate());
      assertEquals("Заказы", summary.getRow(4).getCell(0).getStringCellValue());
      assertEquals(2, summary.getRow(4).getCell(1).getNumericCellValue());
      assertEquals(2499.50, summary.getRow(4).getCell(2).getNumericCellValue(), 0.001);
      assertEquals(1, summary.getRow(5).getCell(1).getNumericCellValue(), "one cancelled");
      assertEquals(1, summary.getRow(6).getCell(1).getNumericCellValue());
      assertEquals(800.25, summary.getRow(6).getCell(3).getNumericCellValue(), 0.001);
      assertEquals(1, summary.getRow(7).getCell(1).getNumericCellValue());
      assertEquals(400.25, summary.getRow(8).getCell(3).getNumericCellValue(), 0.001);
    }
  }

  @Test
  @DisplayName("an empty period still makes a workbook with headers and zero totals")
  void empty() throws Exception {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(report(List.of(), List.of())))) {
      assertEquals("Итого", workbook.getSheet("Заказы").getRow(1).getCell(0).getStringCellValue());
      assertEquals(0, workbook.getSheet("Сводка").getRow(4).getCell(1).getNumericCellValue());
    }
  }
}
