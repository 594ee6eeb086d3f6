package com.wbassist.app.api;

import java.time.OffsetDateTime;

/** The cabinet an API key opens, and how its syncing stands. */
public record CabinetJson(
    String sid,
    String shopName,
    String status,
    OffsetDateTime lastSyncAt,
    OffsetDateTime tokenExpiresAt,
    String lastError) {}
