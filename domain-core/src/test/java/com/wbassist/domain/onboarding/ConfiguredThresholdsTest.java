package com.wbassist.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.notification.NotificationSettings;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfiguredThresholdsTest {

  private static BotReplies configured(int negativeMax, int criticalStock) {
    return new BotReplies(new DetectionPolicy(Duration.ofDays(7), negativeMax, criticalStock));
  }

  @Test
  @DisplayName("/help names the default thresholds when nothing else is configured")
  void defaults() {
    String help = new BotReplies().help().html();
    assertTrue(help.contains("отзыв на 1–3 звезды"), help);
    assertTrue(help.contains("остаётся не больше 2 штук"), help);
  }

  @Test
  @DisplayName("/help names the configured thresholds, with the right plural")
  void configuredHelp() {
    String help = configured(2, 5).help().html();
    assertTrue(help.contains("отзыв на 1–2 звезды"), help);
    assertTrue(help.contains("остаётся не больше 5 штук"), help);
    assertFalse(help.contains("1–3"), help);
    assertFalse(help.contains("2 штуки"), help);
  }

  @Test
  @DisplayName("one star, five stars, one piece, twenty-one pieces and none read as Russian")
  void plurals() {
    assertTrue(configured(1, 1).help().html().contains("отзыв на 1 звезду"));
    assertTrue(configured(1, 1).help().html().contains("не больше 1 штуки"));
    assertTrue(configured(5, 21).help().html().contains("отзыв на 1–5 звёзд"));
    assertTrue(configured(5, 21).help().html().contains("не больше 21 штуки"));
    assertTrue(configured(4, 11).help().html().contains("1–4 звезды"));
    assertTrue(configured(4, 11).help().html().contains("не больше 11 штук"));
    assertTrue(configured(3, 0).help().html().contains("остаётся 0 штук"));
  }

  @Test
  @DisplayName("the settings screen says which reviews and stock levels its switches mean")
  void settingsNameThresholds() {
    String settings = configured(2, 5).settings(NotificationSettings.allOn()).html();
    assertTrue(settings.contains("Негативные отзывы — на 1–2 звезды"), settings);
    assertTrue(settings.contains("не больше 5 штук"), settings);
  }
}
