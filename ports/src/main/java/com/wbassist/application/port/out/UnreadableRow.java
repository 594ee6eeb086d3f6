package com.wbassist.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a WB page that could not be read — a field of the wrong type, a date that does not
 * parse, a required field missing. It is stepped over and reported with the page's other rows, so
 * one bad row neither refuses its page nor stalls its stream: the sync sets it aside ({@link
 * SetAsideRows}) and goes on.
 *
 * @param position its place on the page, from 1 (for the log: the same row is elsewhere next time)
 * @param key the row's key when it was read — {@code srid} (orders), {@code saleID} (sales), the
 *     feedback id, {@code nmId:chrtId} (stocks, only when both were read), {@code nmID} (cards) —
 *     and {@code ""} otherwise
 * @param lastChangeDate orders and sales: the row's {@code lastChangeDate} when it was read, so the
 *     cursor may move past the row
 * @param reason what is wrong, naming the field, e.g. {@code "nmId should be a number but is an
 *     object"}; at most {@value #MAX_REASON} characters
 * @param excerpt the offending value as WB sent it, cut to {@value #MAX_EXCERPT} characters; {@code
 *     ""} when no single value is to blame (a field missing)
 */
public record UnreadableRow(
    int position, String key, Optional<Instant> lastChangeDate, String reason, String excerpt) {
  public static final int MAX_KEY = 200;
  public static final int MAX_REASON = 500;
  public static final int MAX_EXCERPT = 200;

  public UnreadableRow {
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
    key = cut(key, MAX_KEY);
    reason = cut(Objects.requireNonNull(reason, "reason"), MAX_REASON);
    excerpt = cut(excerpt, MAX_EXCERPT);
  }

  /** A row of a stream without a cursor, or whose date was not read. */
  public UnreadableRow(int position, String key, String reason, String excerpt) {
    this(position, key, Optional.empty(), reason, excerpt);
  }

  /**
   * Text any store keeps as it is: without U+0000 and with a lone UTF-16 surrogate replaced by
   * U+FFFD — what WB sent may hold either, and PostgreSQL's {@code text} refuses both — and at most
   * {@code max} characters, cut with "…".
   */
  static String cut(String text, int max) {
    if (text == null) {
      return "";
    }
    String clean = storable(text);
    if (clean.length() <= max) {
      return clean;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }

  private static String storable(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        changed = true;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        clean.append('\uFFFD');
        changed = true;
      } else {
        clean.append(c);
      }
    }
    return changed ? clean.toString() : text;
  }
}
