package com.wbassist.adapter.wb;

/**
 * Text from WB made storable: PostgreSQL's {@code text} refuses U+0000, and a lone UTF-16 surrogate
 * (JSON's {@code \ud800} escape, which the parser passes through) has no UTF-8 form, so either
 * would fail the insert — and one odd review or product name would stall its stream at the same
 * page on every sync. NULs are dropped, lone surrogates become U+FFFD; anything else, including
 * emoji (a paired surrogate), is kept. Every string the readers hand to the model goes through
 * {@link JsonValues}, which calls this.
 */
final class StorableText {
  static final char REPLACEMENT = '\uFFFD';

  private StorableText() {}

  /** The text itself when it is already storable (the usual case: no copy), {@code null} kept. */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnstorable(text);
    return first < 0 ? text : cleanFrom(text, first);
  }

  private static int firstUnstorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000' || Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static String cleanFrom(String text, int first) {
    StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        clean.append(REPLACEMENT);
      } else {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
