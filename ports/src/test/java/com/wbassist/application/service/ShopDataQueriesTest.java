package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.in.ReadShopData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShopDataQueriesTest {
  @Test
  @DisplayName("a page holds what the caller asks for, 100 when unsaid, never more than 500")
  void pageSize() {
    assertEquals(ReadShopData.DEFAULT_PAGE, ShopDataQueries.pageOf(0));
    assertEquals(1, ShopDataQueries.pageOf(1));
    assertEquals(500, ShopDataQueries.pageOf(500));
    assertEquals(500, ShopDataQueries.pageOf(10_000));
  }
}
