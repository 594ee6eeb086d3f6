package com.wbassist.app.api;

/**
 * A re-sync asked for: Moscow days {@code from}..{@code to} (YYYY-MM-DD, both included, within the
 * 90 days WB keeps, not in the future).
 */
public class ResyncRequestJson {
  public String from;
  public String to;
}
