package com.wbassist.app.reports;

import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import java.math.BigDecimal;
import java.util.List;

/**
 * The columns of a report's rows, the same in XLSX and CSV: what a seller recognises from WB's own
 * reports. Money of returns is shown as an absolute amount (the sheet or the kind says it is a
 * return), as the bot's notifications show it.
 */
final class ReportColumns {
  static final List<String> ORDERS =
      List.of(
          "Дата",
          "Номер заказа (srid)",
          "Артикул WB",
          "Артикул продавца",
          "Размер",
          "Предмет",
          "Бренд",
          "Склад",
          "Регион",
          "Цена со скидкой, ₽",
          "Отменён",
          "Дата отмены");

  static final List<String> SALES =
      List.of(
          "Дата",
          "ID продажи",
          "Номер заказа (srid)",
          "Артикул WB",
          "Артикул продавца",
          "Размер",
          "Предмет",
          "Бренд",
          "Склад",
          "Регион",
          "Цена со скидкой, ₽",
          "К перечислению, ₽");

  private ReportColumns() {}

  static BigDecimal value(Sale sale) {
    return sale.prices().priceWithDisc().abs();
  }

  static BigDecimal forPay(Sale sale) {
    return sale.prices().forPay().abs();
  }

  static BigDecimal value(Order order) {
    return order.prices().priceWithDisc();
  }
}
