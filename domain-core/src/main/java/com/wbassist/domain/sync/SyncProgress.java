package com.wbassist.domain.sync;

/**
 * How far a sync pass has come, as a seller waiting for the primary sync is shown it.
 *
 * @param current the stream being synced, {@code null} once all are done
 * @param streamsDone streams finished so far
 * @param currentFraction how far into the current stream, 0..1 (by date for orders and sales)
 * @param rowsSoFar rows stored so far in this pass
 */
public record SyncProgress(
    SyncStream current, int streamsDone, double currentFraction, long rowsSoFar) {
  private static final int STREAMS = SyncStream.values().length;

  public SyncProgress {
    currentFraction = Math.max(0, Math.min(1, currentFraction));
  }

  public static SyncProgress starting() {
    return new SyncProgress(SyncStream.values()[0], 0, 0, 0);
  }

  public int percent() {
    double done = (streamsDone + (current == null ? 0 : currentFraction)) / STREAMS;
    return (int) Math.min(100, Math.floor(done * 100));
  }

  public SyncProgress within(SyncStream stream, double fraction, long rows) {
    return new SyncProgress(stream, streamsDone, fraction, rows);
  }

  public SyncProgress streamDone(long rows) {
    int done = streamsDone + 1;
    SyncStream next = done < STREAMS ? SyncStream.values()[done] : null;
    return new SyncProgress(next, done, 0, rows);
  }
}
