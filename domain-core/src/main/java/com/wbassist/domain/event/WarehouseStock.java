package com.wbassist.domain.event;

/** A warehouse that still holds units of a size running low. */
public record WarehouseStock(String warehouseName, int quantity) {}
