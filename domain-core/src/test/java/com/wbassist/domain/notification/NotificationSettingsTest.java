package com.wbassist.domain.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.EventType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {
  @Test
  @DisplayName("everything is on by default; a type switch and the global switch each silence")
  void switches() {
    NotificationSettings settings = NotificationSettings.allOn();
    for (EventType type : EventType.values()) {
      assertTrue(settings.wants(type));
    }
    NotificationSettings noOrders = settings.toggle(EventType.NEW_ORDER);
    assertFalse(noOrders.wants(EventType.NEW_ORDER));
    assertTrue(noOrders.wants(EventType.BUYOUT));
    NotificationSettings off = noOrders.toggleAll();
    assertFalse(off.wants(EventType.BUYOUT));
    assertTrue(off.toggleAll().toggle(EventType.NEW_ORDER).wants(EventType.NEW_ORDER));
  }
}
