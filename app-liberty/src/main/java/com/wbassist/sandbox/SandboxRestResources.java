package com.wbassist.sandbox;

import com.wbassist.app.config.RunMode;
import com.wbassist.app.extension.RestResources;
import com.wbassist.sandbox.chat.SandboxChatEventsResource;
import com.wbassist.sandbox.chat.SandboxFilesResource;
import com.wbassist.sandbox.demo.SandboxHappeningsResource;
import com.wbassist.sandbox.replay.ReplayResource;
import com.wbassist.sandbox.telegram.SandboxTelegramResource;
import com.wbassist.sandbox.wb.SandboxAnalyticsResource;
import com.wbassist.sandbox.wb.SandboxCommonResource;
import com.wbassist.sandbox.wb.SandboxContentResource;
import com.wbassist.sandbox.wb.SandboxFeedbacksResource;
import com.wbassist.sandbox.wb.SandboxImagesResource;
import com.wbassist.sandbox.wb.SandboxStatisticsResource;
import java.util.Set;

/**
 * The sandbox's REST resources — its WB simulator, Telegram stand-in, chat console and scenario
 * replay — served only in sandbox mode; a production server answers none of their paths.
 */
public final class SandboxRestResources implements RestResources {
  @Override
  public Set<Class<?>> resources() {
    if (!RunMode.current().isSandbox()) {
      return Set.of();
    }
    return Set.of(
        SandboxConsoleResource.class,
        SandboxChatEventsResource.class,
        SandboxFilesResource.class,
        SandboxHappeningsResource.class,
        SandboxSyncNowResource.class,
        SandboxDailySummaryResource.class,
        ReplayResource.class,
        SandboxTelegramResource.class,
        SandboxStatisticsResource.class,
        SandboxFeedbacksResource.class,
        SandboxContentResource.class,
        SandboxAnalyticsResource.class,
        SandboxCommonResource.class,
        SandboxImagesResource.class);
  }
}
