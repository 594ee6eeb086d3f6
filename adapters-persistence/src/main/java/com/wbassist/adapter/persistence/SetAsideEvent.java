package com.wbassist.adapter.persistence;

import java.time.Instant;

/** An outbox event whose payload could not be read, set aside with why, for the admin API. */
public record SetAsideEvent(
    long id, String cabinetSid, String type, String key, Instant setAsideAt, String reason) {}
