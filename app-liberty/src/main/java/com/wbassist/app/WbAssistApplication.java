package com.wbassist.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST application. Resources of every module are served from the server's root, so the
 * Telegram webhook is {@code /telegram/webhook} and the admin API lives under {@code /admin}.
 */
@ApplicationPath("/")
public class WbAssistApplication extends Application {}
