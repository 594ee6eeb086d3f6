package com.wbassist.sandbox.replay;

/** One notification the Telegram stand-in accepted during a replay. */
public record ReplayedNotification(int round, long chatId, String type, String key, String text) {}
