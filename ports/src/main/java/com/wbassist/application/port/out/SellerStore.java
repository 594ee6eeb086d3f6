package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.util.List;
import java.util.Optional;

/** Stored sellers with their links to cabinets and their settings. */
public interface SellerStore {
  Optional<Seller> find(long telegramId);

  void save(Seller seller);

  /** Every seller linked to the cabinet, whatever their state. */
  List<Seller> linkedTo(CabinetId cabinet);
}
