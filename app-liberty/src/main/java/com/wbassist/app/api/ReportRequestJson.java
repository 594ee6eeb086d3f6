package com.wbassist.app.api;

/**
 * A report asked for: Moscow days {@code from}..{@code to} (YYYY-MM-DD, both included, at most 90
 * days; the last 7 when not given), {@code format} XLSX (the default) or CSV.
 */
public class ReportRequestJson {
  public String from;
  public String to;
  public String format;
}
