package com.wbassist.domain.onboarding;

import com.wbassist.domain.event.EventType;

/** How the settings screen names each event type. */
public final class EventTypeNames {
  private EventTypeNames() {}

  public static String russian(EventType type) {
    return switch (type) {
      case NEW_ORDER -> "Заказы";
      case ORDER_CANCELLED -> "Отмены";
      case BUYOUT -> "Выкупы";
      case RETURN -> "Возвраты";
      case NEGATIVE_REVIEW -> "Негативные отзывы";
      case CRITICAL_STOCK -> "Остатки";
    };
  }
}
