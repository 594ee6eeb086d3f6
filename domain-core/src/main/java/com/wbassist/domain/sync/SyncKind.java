package com.wbassist.domain.sync;

/**
 * The first pass of a cabinet sets the baseline and fires nothing; every later one tells what is
 * new.
 */
public enum SyncKind {
  PRIMARY,
  INCREMENTAL;

  public boolean firesEvents() {
    return this == INCREMENTAL;
  }
}
