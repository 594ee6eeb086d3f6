package com.wbassist.domain.onboarding;

import com.wbassist.domain.detection.DetectionPolicy;

/**
 * The detection thresholds as sellers read them in /help and the settings: the ones operations
 * configured ({@link DetectionPolicy}), in Russian with the right plural — «1–3 звезды», «1–5
 * звёзд», «не больше 2 штук», «не больше 1 штуки».
 */
final class ThresholdWords {
  private ThresholdWords() {}

  /** The stars of a negative review, as they follow «отзыв на»: «1 звезду», «1–3 звезды». */
  static String negativeStars(DetectionPolicy policy) {
    int max = policy.negativeMax();
    if (max == 1) {
      return "1 звезду";
    }
    return "1–" + max + (max >= 5 ? " звёзд" : " звезды");
  }

  /**
   * What is left of a size when it is running out, as it follows «у размера остаётся»: «не больше 2
   * штук», «не больше 1 штуки»; nothing at all when the threshold is 0.
   */
  static String criticalStock(DetectionPolicy policy) {
    int max = policy.criticalStock();
    if (max == 0) {
      return "0 штук";
    }
    return "не больше " + max + " " + pieces(max);
  }

  /** «штуки» or «штук», as a number of pieces follows «не больше» (genitive). */
  private static String pieces(long count) {
    long lastTwo = count % 100;
    return count % 10 == 1 && lastTwo != 11 ? "штуки" : "штук";
  }
}
