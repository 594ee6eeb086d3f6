package com.wbassist.adapter.persistence;

import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.summary.DailySummarySettings;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/**
 * A row of {@code sellers}: the person, their link to a cabinet and their notification switches.
 */
@Entity
@Table(name = "sellers")
class SellerEntity {
  @Id
  @Column(name = "telegram_id")
  long telegramId;

  @Column(name = "chat_id", nullable = false)
  long chatId;

  @Column(name = "name", nullable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  OnboardingState state;

  @Column(name = "cabinet_sid")
  String cabinetSid;

  @Column(name = "joined_at")
  @Convert(converter = InstantColumn.class)
  Instant joinedAt;

  @Column(name = "notifications_on", nullable = false)
  boolean notificationsOn;

  /** The muted event types, comma-separated names; empty when every type is on. */
  @Column(name = "muted_types", nullable = false)
  String mutedTypes;

  @Column(name = "active", nullable = false)
  boolean active;

  /** The quiet products' nmIds, comma-separated; empty when there are none (0623). */
  @Column(name = "quiet_products", nullable = false)
  String quietProducts = "";

  @Column(name = "progress_message_id")
  Long progressMessageId;

  @Column(name = "daily_summary_on", nullable = false)
  boolean dailySummaryOn = true;

  /** The Moscow time of day the daily summary is sent from. */
  @Column(name = "daily_summary_at", nullable = false)
  LocalTime dailySummaryAt = DailySummarySettings.DEFAULT_TIME;

  protected SellerEntity() {}

  SellerEntity(long telegramId) {
    this.telegramId = telegramId;
  }
}
