package com.wbassist.domain.figures;

/**
 * A Russian noun after a number: «1 заказ», «2 заказа», «5 заказов», «11 заказов», «21 заказ». The
 * last two digits decide: 11–14 take the many-form, else the last digit — 1 one, 2–4 few, the rest
 * many.
 */
public record RussianPlural(String one, String few, String many) {
  public static final RussianPlural ORDERS = new RussianPlural("заказ", "заказа", "заказов");
  public static final RussianPlural BUYOUTS = new RussianPlural("выкуп", "выкупа", "выкупов");
  public static final RussianPlural CANCELLATIONS = new RussianPlural("отмена", "отмены", "отмен");
  public static final RussianPlural RETURNS = new RussianPlural("возврат", "возврата", "возвратов");
  public static final RussianPlural NEGATIVE_REVIEWS =
      new RussianPlural("негативный отзыв", "негативных отзыва", "негативных отзывов");
  public static final RussianPlural DAYS = new RussianPlural("день", "дня", "дней");

  public String form(long count) {
    long n = Math.abs(count);
    long lastTwo = n % 100;
    long last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    if (last == 1) {
      return one;
    }
    return last >= 2 && last <= 4 ? few : many;
  }

  /** The number and its noun: «14 заказов». */
  public String of(long count) {
    return count + " " + form(count);
  }
}
