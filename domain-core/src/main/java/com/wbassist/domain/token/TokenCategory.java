package com.wbassist.domain.token;

/** WB API categories a token may open, by their bit in the token's {@code s} claim. */
public enum TokenCategory {
  CONTENT(1, "Контент"),
  ANALYTICS(2, "Аналитика"),
  PRICES(3, "Цены и скидки"),
  MARKETPLACE(4, "Маркетплейс"),
  STATISTICS(5, "Статистика"),
  PROMOTION(6, "Продвижение"),
  FEEDBACKS(7, "Вопросы и отзывы"),
  BUYERS_CHAT(9, "Чат с покупателями"),
  SUPPLIES(10, "Поставки"),
  RETURNS(11, "Возвраты покупателями"),
  DOCUMENTS(12, "Документы"),
  FINANCE(13, "Финансы"),
  USERS(16, "Пользователи");

  /** Bit 30 marks a read-only token. */
  public static final int READ_ONLY_BIT = 30;

  private final int bit;
  private final String russianName;

  TokenCategory(int bit, String russianName) {
    this.bit = bit;
    this.russianName = russianName;
  }

  public boolean isIn(long mask) {
    return (mask & (1L << bit)) != 0;
  }

  public long mask() {
    return 1L << bit;
  }

  public String russianName() {
    return russianName;
  }
}
