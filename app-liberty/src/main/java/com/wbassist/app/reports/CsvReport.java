package com.wbassist.app.reports;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SaleKind;
import com.wbassist.domain.task.ReportTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as one CSV table (RFC 4180): every order, buyout and return of the period, one a line,
 * its kind in the first column. UTF-8 with a byte order mark and {@code ;} between fields, so Excel
 * in a Russian locale opens it in columns; numbers with a decimal point and times as {@code
 * yyyy-MM-dd HH:mm:ss} in Moscow time, so a program reads them without guessing. No totals line: a
 * table a program reads has one kind of line (decision 0628).
 */
final class CsvReport implements ReportDocument {
  static final char SEPARATOR = ';';
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final List<String> HEADER =
      List.of(
          "Тип",
          "Дата",
          "Номер заказа (srid)",
          "ID продажи",
          "Артикул WB",
          "Артикул продавца",
          "Размер",
          "Предмет",
          "Бренд",
          "Склад",
          "Регион",
          "Цена со скидкой",
          "К перечислению",
          "Отменён",
          "Дата отмены");

  private final Writer out;

  CsvReport(OutputStream out) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      this.out.write('\uFEFF');
      line(HEADER);
    } catch (IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    }
  }

  @Override
  public void order(Order order) throws IOException {
    line(
        fields(
            "заказ",
            time(order.date()),
            order.srid(),
            "",
            Long.toString(order.product().nmId()),
            order.product().supplierArticle(),
            order.product().techSize(),
            order.product().subject(),
            order.product().brand(),
            order.place().warehouseName(),
            order.place().regionName(),
            money(ReportColumns.value(order)),
            "",
            order.cancelled() ? "да" : "нет",
            time(order.cancelDate())));
  }

  @Override
  public void sale(Sale sale) throws IOException {
    SaleKind kind = sale.kind();
    if (kind == SaleKind.OTHER) {
      return;
    }
    line(
        fields(
            kind == SaleKind.BUYOUT ? "выкуп" : "возврат",
            time(sale.date()),
            sale.srid(),
            sale.saleId(),
            Long.toString(sale.product().nmId()),
            sale.product().supplierArticle(),
            sale.product().techSize(),
            sale.product().subject(),
            sale.product().brand(),
            sale.place().warehouseName(),
            sale.place().regionName(),
            money(ReportColumns.value(sale)),
            money(ReportColumns.forPay(sale)),
            "",
            ""));
  }

  @Override
  public void finish(ReportTotals totals) throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  private void line(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(SEPARATOR);
      }
      out.write(quoted(fields.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * RFC 4180: a field with the separator, a quote or a line break goes in quotes, quotes doubled.
   */
  static String quoted(String field) {
    boolean plain = true;
    for (int i = 0; i < field.length() && plain; i++) {
      char c = field.charAt(i);
      plain = c != SEPARATOR && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  private static List<String> fields(String... values) {
    List<String> fields = new ArrayList<>(values.length);
    for (String value : values) {
      fields.add(value == null ? "" : value);
    }
    return fields;
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(MoscowTime.toLocal(instant));
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
