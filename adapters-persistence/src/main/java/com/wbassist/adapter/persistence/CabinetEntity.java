package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.CabinetStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code cabinets}. The sync lease ({@code lease_until}) is not mapped: only the lease
 * queries touch it.
 */
@Entity
@Table(name = "cabinets")
class CabinetEntity {
  @Id
  @Column(name = "sid")
  String sid;

  @Column(name = "shop_name", nullable = false)
  String shopName;

  @Column(name = "token_ciphertext", nullable = false)
  byte[] tokenCiphertext;

  @Column(name = "token_expires_at")
  @Convert(converter = InstantColumn.class)
  Instant tokenExpiresAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  CabinetStatus status;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  Instant createdAt;

  @Column(name = "primary_synced_at")
  @Convert(converter = InstantColumn.class)
  Instant primarySyncedAt;

  @Column(name = "last_sync_at")
  @Convert(converter = InstantColumn.class)
  Instant lastSyncAt;

  @Column(name = "last_error")
  String lastError;

  protected CabinetEntity() {}

  CabinetEntity(String sid) {
    this.sid = sid;
  }
}
