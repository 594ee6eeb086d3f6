/**
 * The Telegram adapter: the webhook Telegram delivers updates to ({@link TelegramWebhookResource} →
 * {@link TelegramWebhook} → the {@code HandleChatUpdate} port) and the Bot API client behind the
 * {@code SellerChat} port ({@link TelegramSellerChat}), which keeps Telegram's rate limits for
 * every message the bot sends. Telegram's JSON stays in here: nothing outside sees an update or a
 * Bot API reply.
 */
package com.wbassist.adapter.telegram;
