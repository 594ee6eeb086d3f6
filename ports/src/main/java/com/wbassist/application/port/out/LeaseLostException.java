package com.wbassist.application.port.out;

import com.wbassist.domain.sync.SyncLease;

/**
 * A write of a sync pass was refused because the pass no longer holds the cabinet's lease: it ran
 * out and another pass claimed the cabinet (or the lease was released). Nothing of that write is
 * stored — its transaction rolled back — and the pass must stop writing: the cabinet is someone
 * else's now. Not a WB failure and not a storage failure.
 */
public class LeaseLostException extends RuntimeException {
  private final transient SyncLease lease;

  public LeaseLostException(SyncLease lease) {
    super(
        "lease "
            + lease.epoch()
            + " of cabinet "
            + lease.cabinet()
            + " is lost: another pass holds the cabinet now");
    this.lease = lease;
  }

  /** The lease the refused write carried. */
  public SyncLease lease() {
    return lease;
  }
}
