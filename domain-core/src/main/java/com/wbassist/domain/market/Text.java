package com.wbassist.domain.market;

/** WB leaves text fields out or sends null; the model always holds a string. */
final class Text {
  private Text() {}

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
