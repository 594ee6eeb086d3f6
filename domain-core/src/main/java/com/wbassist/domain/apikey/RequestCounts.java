package com.wbassist.domain.apikey;

/**
 * A key's requests as the cluster counted them: in the calendar minute before this one, and in this
 * one so far, the request being judged included.
 */
public record RequestCounts(long previousMinute, long thisMinute) {
  public RequestCounts {
    if (previousMinute < 0 || thisMinute < 1) {
      throw new IllegalArgumentException(
          "counts include the request judged: " + previousMinute + ", " + thisMinute);
    }
  }
}
