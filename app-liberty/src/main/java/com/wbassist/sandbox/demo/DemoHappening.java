package com.wbassist.sandbox.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person can make happen in a demo shop from the page's shop panel. */
public enum DemoHappening {
  ORDER,
  CANCELLATION,
  BUYOUT,
  RETURN,
  BAD_REVIEW,
  STOCK_OUT;

  /** The name the page and the API use: {@code order}, {@code bad-review}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @throws IllegalArgumentException naming the known happenings, when {@code name} is none of them
   */
  public static DemoHappening of(String name) {
    for (DemoHappening happening : values()) {
      if (happening.wireName().equals(name)) {
        return happening;
      }
    }
    throw new IllegalArgumentException(
        "unknown happening \""
            + name
            + "\"; one of "
            + Arrays.stream(values())
                .map(DemoHappening::wireName)
                .collect(Collectors.joining(", ")));
  }
}
