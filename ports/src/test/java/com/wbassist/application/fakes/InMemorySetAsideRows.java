package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Set-aside rows in memory; {@link #failNextWrite} fails a record, as a failed insert would. */
public final class InMemorySetAsideRows extends FailureSwitch implements SetAsideRows {
  private final List<SetAsideEntry> entries = new ArrayList<>();

  @Override
  public synchronized void record(List<SetAsideRow> rows) {
    maybeFail();
    for (SetAsideRow row : rows) {
      int seen = indexOf(row);
      if (seen < 0) {
        entries.add(new SetAsideEntry(row, row.at(), 1));
      } else {
        SetAsideEntry before = entries.get(seen);
        entries.set(
            seen,
            new SetAsideEntry(
                before.row(),
                row.at().isAfter(before.lastSeenAt()) ? row.at() : before.lastSeenAt(),
                before.timesSeen() + 1));
      }
    }
  }

  @Override
  public synchronized List<SetAsideEntry> newest(int max) {
    return entries.stream()
        .sorted(Comparator.comparing(SetAsideEntry::lastSeenAt).reversed())
        .limit(Math.max(0, max))
        .toList();
  }

  /** Every row set aside, first sightings in the order they were first seen. */
  public synchronized List<SetAsideRow> rows() {
    return entries.stream().map(SetAsideEntry::row).toList();
  }

  private int indexOf(SetAsideRow row) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).row().sameAs(row)) {
        return i;
      }
    }
    return -1;
  }
}
