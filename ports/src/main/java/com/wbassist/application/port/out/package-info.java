/**
 * Outbound ports: what the use cases need from the world — WB's data, storage, the chat, the clock
 * ({@link java.time.Clock} itself) — as small interfaces the adapters implement. Nothing here knows
 * JSON, SQL or HTTP.
 */
package com.wbassist.application.port.out;
