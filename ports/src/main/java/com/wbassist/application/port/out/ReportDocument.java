package com.wbassist.application.port.out;

import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.task.ReportTotals;
import java.io.IOException;

/**
 * One report file being written: orders and sale rows as they are read, in date order, then the
 * totals. Buyouts and returns go to their places by their kind; WB's other sale rows are left out.
 * {@link #close()} frees what the writer holds (temporary files), finished or not.
 */
public interface ReportDocument extends AutoCloseable {
  void order(Order order) throws IOException;

  void sale(Sale sale) throws IOException;

  /** Writes the totals and the rest of the file to its stream. */
  void finish(ReportTotals totals) throws IOException;

  @Override
  void close() throws IOException;
}
