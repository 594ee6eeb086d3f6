package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.application.port.out.ReportDocuments;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A report as plain lines ({@code order A}, {@code sale S1}, {@code totals 2 1 0}): for tests. */
public final class TextReportDocuments implements ReportDocuments {
  /** Runs before each row is written: a test stops or slows the report there. */
  public interface RowHook {
    void beforeRow() throws IOException;
  }

  private volatile RowHook hook = () -> {};

  public void beforeEachRow(RowHook hook) {
    this.hook = hook;
  }

  @Override
  public ReportDocument open(ReportRequest request, OutputStream out) {
    return new ReportDocument() {
      @Override
      public void order(Order order) throws IOException {
        hook.beforeRow();
        line("order " + order.srid());
      }

      @Override
      public void sale(Sale sale) throws IOException {
        hook.beforeRow();
        line("sale " + sale.saleId());
      }

      @Override
      public void finish(ReportTotals totals) throws IOException {
        line("totals " + totals.orders() + " " + totals.buyouts() + " " + totals.returns());
      }

      @Override
      public void close() {}

      private void line(String text) throws IOException {
        out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
