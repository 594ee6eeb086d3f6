package com.wbassist.app.reports;

import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportTotals;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * «Сводка», the workbook's first sheet: the period and its figures — orders (how many, their value,
 * how many cancelled), buyouts and returns (how many, value, what WB pays) and what WB pays for the
 * period, buyouts less returns.
 */
final class SummarySheet {
  private final SXSSFSheet sheet;
  private final XlsxReport.Styles styles;

  SummarySheet(SXSSFWorkbook workbook, XlsxReport.Styles styles) {
    this.sheet = workbook.createSheet("Сводка");
    this.styles = styles;
    sheet.setColumnWidth(0, 32 * 256);
    for (int i = 1; i <= 3; i++) {
      sheet.setColumnWidth(i, 18 * 256);
    }
  }

  void write(Period period, ReportTotals totals) {
    Row from = sheet.createRow(0);
    from.createCell(0).setCellValue("Период с");
    day(from.createCell(1), period);
    Row to = sheet.createRow(1);
    to.createCell(0).setCellValue("по");
    Cell last = to.createCell(1);
    last.setCellValue(period.last());
    last.setCellStyle(styles.day);

    Row header = sheet.createRow(3);
    String[] titles = {"", "Количество", "Сумма, ₽", "К перечислению, ₽"};
    for (int i = 0; i < titles.length; i++) {
      Cell title = header.createCell(i);
      title.setCellValue(titles[i]);
      title.setCellStyle(styles.header);
    }
    line(4, "Заказы", totals.orders(), totals.ordersValue(), null);
    line(5, "из них отменены", totals.cancelled(), null, null);
    line(6, "Выкупы", totals.buyouts(), totals.buyoutsValue(), totals.buyoutsForPay());
    line(7, "Возвраты", totals.returns(), totals.returnsValue(), totals.returnsForPay());
    Row net = sheet.createRow(8);
    Cell title = net.createCell(0);
    title.setCellValue("Итого к перечислению");
    title.setCellStyle(styles.total);
    Cell amount = net.createCell(3);
    amount.setCellValue(totals.netForPay().doubleValue());
    amount.setCellStyle(styles.totalMoney);
  }

  private void day(Cell cell, Period period) {
    cell.setCellValue(period.first());
    cell.setCellStyle(styles.day);
  }

  private void line(int index, String title, long count, BigDecimal value, BigDecimal forPay) {
    Row row = sheet.createRow(index);
    row.createCell(0).setCellValue(title);
    row.createCell(1).setCellValue(count);
    if (value != null) {
      Cell sum = row.createCell(2);
      sum.setCellValue(value.doubleValue());
      sum.setCellStyle(styles.money);
    }
    if (forPay != null) {
      Cell pay = row.createCell(3);
      pay.setCellValue(forPay.doubleValue());
      pay.setCellStyle(styles.money);
    }
  }
}
