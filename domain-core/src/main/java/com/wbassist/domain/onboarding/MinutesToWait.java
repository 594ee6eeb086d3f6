package com.wbassist.domain.onboarding;

/**
 * A number of minutes in Russian, as it follows «через»: 1 минуту, 3 минуты, 7 минут, 21 минуту.
 */
final class MinutesToWait {
  private MinutesToWait() {}

  static String russian(long minutes) {
    long lastTwo = minutes % 100;
    long last = minutes % 10;
    String word;
    if (lastTwo >= 11 && lastTwo <= 14) {
      word = "минут";
    } else if (last == 1) {
      word = "минуту";
    } else if (last >= 2 && last <= 4) {
      word = "минуты";
    } else {
      word = "минут";
    }
    return minutes + " " + word;
  }
}
