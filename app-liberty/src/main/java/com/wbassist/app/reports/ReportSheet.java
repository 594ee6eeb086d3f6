package com.wbassist.app.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One kind of row of a report, written top to bottom: a header, the rows, a totals row. A kind with
 * more rows than a sheet holds (1,048,576) goes on in «Заказы (2)» and so on, each with its header;
 * the totals row closes the last.
 */
final class ReportSheet {
  /** A total under a column. */
  record Total(int column, BigDecimal amount) {}

  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final SXSSFWorkbook workbook;
  private final XlsxReport.Styles styles;
  private final String name;
  private final List<String> columns;
  private SXSSFSheet sheet;
  private int sheets;
  private int next;
  private Row row;
  private int cell;

  ReportSheet(SXSSFWorkbook workbook, XlsxReport.Styles styles, String name, List<String> columns) {
    this.workbook = workbook;
    this.styles = styles;
    this.name = name;
    this.columns = columns;
    open();
  }

  private void open() {
    sheets++;
    sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
    sheet.createFreezePane(0, 1);
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell title = header.createCell(i);
      title.setCellValue(columns.get(i));
      title.setCellStyle(styles.header);
      sheet.setColumnWidth(i, (i == 0 ? 20 : 16) * 256);
    }
    next = 1;
  }

  ReportSheet row() {
    // One row kept free under the last for the totals.
    if (next >= LAST_ROW) {
      open();
    }
    row = sheet.createRow(next++);
    cell = 0;
    return this;
  }

  ReportSheet text(String value) {
    row.createCell(cell++).setCellValue(value);
    return this;
  }

  ReportSheet number(long value) {
    row.createCell(cell++).setCellValue(value);
    return this;
  }

  ReportSheet money(BigDecimal value) {
    Cell money = row.createCell(cell++);
    money.setCellValue(value.doubleValue());
    money.setCellStyle(styles.money);
    return this;
  }

  /** A Moscow time as an Excel date; an empty cell when there is none. */
  ReportSheet time(Instant value) {
    Cell time = row.createCell(cell++);
    if (value != null) {
      time.setCellValue(XlsxReport.moscow(value));
      time.setCellStyle(styles.time);
    }
    return this;
  }

  /** «Итого», the number of rows, and the totals under their columns. */
  void totals(long rows, List<Total> totals) {
    Row last = sheet.createRow(next++);
    Cell title = last.createCell(0);
    title.setCellValue("Итого");
    title.setCellStyle(styles.total);
    Cell count = last.createCell(1);
    count.setCellValue(rows);
    count.setCellStyle(styles.total);
    for (Total total : totals) {
      Cell amount = last.createCell(total.column());
      amount.setCellValue(total.amount().doubleValue());
      amount.setCellStyle(styles.totalMoney);
    }
  }
}
