package com.wbassist.app.reports;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.task.ReportTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an XLSX workbook: «Сводка» (the period's figures), «Заказы», «Выкупы», «Возвраты»,
 * each row typed — times as Excel dates in Moscow time, money as numbers with two decimals — and a
 * totals row under each sheet. Written through POI's streaming workbook: only the last {@link
 * #ROWS_IN_MEMORY} rows of a sheet stay in memory, the rest go to compressed temporary files that
 * {@link #close()} deletes (decision 0628).
 */
final class XlsxReport implements ReportDocument {
  static final int ROWS_IN_MEMORY = 200;

  private final Period period;
  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final Styles styles;
  private final ReportSheet orders;
  private final ReportSheet buyouts;
  private final ReportSheet returns;
  private final SummarySheet summary;

  XlsxReport(Period period, OutputStream out) {
    this.period = period;
    this.out = out;
    this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    workbook.setCompressTempFiles(true);
    this.styles = new Styles(workbook);
    this.summary = new SummarySheet(workbook, styles);
    this.orders = new ReportSheet(workbook, styles, "Заказы", ReportColumns.ORDERS);
    this.buyouts = new ReportSheet(workbook, styles, "Выкупы", ReportColumns.SALES);
    this.returns = new ReportSheet(workbook, styles, "Возвраты", ReportColumns.SALES);
  }

  @Override
  public void order(Order order) {
    orders
        .row()
        .time(order.date())
        .text(order.srid())
        .number(order.product().nmId())
        .text(order.product().supplierArticle())
        .text(order.product().techSize())
        .text(order.product().subject())
        .text(order.product().brand())
        .text(order.place().warehouseName())
        .text(order.place().regionName())
        .money(ReportColumns.value(order))
        .text(order.cancelled() ? "да" : "нет")
        .time(order.cancelDate());
  }

  @Override
  public void sale(Sale sale) {
    ReportSheet sheet =
        switch (sale.kind()) {
          case BUYOUT -> buyouts;
          case RETURN -> returns;
          case OTHER -> null;
        };
    if (sheet == null) {
      return;
    }
    sheet
        .row()
        .time(sale.date())
        .text(sale.saleId())
        .text(sale.srid())
        .number(sale.product().nmId())
        .text(sale.product().supplierArticle())
        .text(sale.product().techSize())
        .text(sale.product().subject())
        .text(sale.product().brand())
        .text(sale.place().warehouseName())
        .text(sale.place().regionName())
        .money(ReportColumns.value(sale))
        .money(ReportColumns.forPay(sale));
  }

  @Override
  public void finish(ReportTotals totals) throws IOException {
    orders.totals(totals.orders(), List.of(money(9, totals.ordersValue())));
    buyouts.totals(
        totals.buyouts(),
        List.of(money(10, totals.buyoutsValue()), money(11, totals.buyoutsForPay())));
    returns.totals(
        totals.returns(),
        List.of(money(10, totals.returnsValue()), money(11, totals.returnsForPay())));
    summary.write(period, totals);
    workbook.write(out);
    out.flush();
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException ignored) {
      // the temporary files are deleted by dispose(); nothing else is held
    }
  }

  private static ReportSheet.Total money(int column, BigDecimal amount) {
    return new ReportSheet.Total(column, amount);
  }

  /**
   * The workbook's few styles: made once, shared by every cell (a workbook holds at most 64,000).
   */
  static final class Styles {
    final CellStyle header;
    final CellStyle time;
    final CellStyle day;
    final CellStyle money;
    final CellStyle total;
    final CellStyle totalMoney;

    Styles(SXSSFWorkbook workbook) {
      var format = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      time = workbook.createCellStyle();
      time.setDataFormat(format.getFormat("dd.mm.yyyy hh:mm:ss"));
      day = workbook.createCellStyle();
      day.setDataFormat(format.getFormat("dd.mm.yyyy"));
      money = workbook.createCellStyle();
      money.setDataFormat(format.getFormat("#,##0.00"));
      total = workbook.createCellStyle();
      total.setFont(bold);
      totalMoney = workbook.createCellStyle();
      totalMoney.setFont(bold);
      totalMoney.setDataFormat(format.getFormat("#,##0.00"));
    }
  }

  static java.time.LocalDateTime moscow(java.time.Instant instant) {
    return MoscowTime.toLocal(instant);
  }
}
