package com.wbassist.application.service;

import com.wbassist.application.port.in.ForgetCabinet;
import com.wbassist.application.port.in.ForgetOutcome;
import com.wbassist.application.port.out.CabinetEraser;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Clock;
import java.util.List;

/**
 * Forgets a cabinet on an operator's word. Its linked sellers' rows go with it (a seller row says
 * which cabinet it watches), so a cabinet still watched needs the operator to say so explicitly.
 */
public final class CabinetForgetting implements ForgetCabinet {
  private final CabinetStore cabinets;
  private final SellerStore sellers;
  private final CabinetEraser eraser;
  private final Clock clock;

  public CabinetForgetting(
      CabinetStore cabinets, SellerStore sellers, CabinetEraser eraser, Clock clock) {
    this.cabinets = cabinets;
    this.sellers = sellers;
    this.eraser = eraser;
    this.clock = clock;
  }

  @Override
  public ForgetOutcome forget(CabinetId cabinet, boolean evenWithSellers) {
    if (cabinets.find(cabinet).isEmpty()) {
      return new ForgetOutcome.Unknown();
    }
    List<Long> linked = sellers.linkedTo(cabinet).stream().map(Seller::telegramId).toList();
    if (!linked.isEmpty() && !evenWithSellers) {
      return new ForgetOutcome.SellersStillLinked(linked);
    }
    return eraser
        .erase(cabinet, linked, clock.instant())
        .<ForgetOutcome>map(ForgetOutcome.Erased::new)
        .orElseGet(ForgetOutcome.Syncing::new);
  }
}
