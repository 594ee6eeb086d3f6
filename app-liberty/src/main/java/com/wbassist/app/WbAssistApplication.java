package com.wbassist.app;

import com.wbassist.adapter.telegram.TelegramWebhookResource;
import com.wbassist.app.admin.AdminResource;
import com.wbassist.app.extension.RestResources;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The REST application, served from the server's root ({@code /telegram/webhook}, {@code
 * /api/admin/...}, {@code /api/v1/...}). Its resources are listed, not scanned: a class that is
 * merely in the WAR (the sandbox's) is served only when its {@link RestResources} provider adds it.
 */
@ApplicationPath("/")
public class WbAssistApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> resources = new HashSet<>();
    resources.add(TelegramWebhookResource.class);
    resources.add(AdminResource.class);
    resources.add(com.wbassist.app.admin.OperationsResource.class);
    resources.add(com.wbassist.app.api.SellerApiResource.class);
    resources.add(com.wbassist.app.api.DashboardResource.class);
    resources.add(com.wbassist.app.api.ReportsResource.class);
    resources.add(com.wbassist.app.api.ResyncsResource.class);
    resources.add(com.wbassist.app.api.TasksResource.class);
    resources.add(com.wbassist.app.api.WebhookResource.class);
    resources.add(com.wbassist.app.api.ApiProblemMapper.class);
    for (RestResources extension :
        ServiceLoader.load(RestResources.class, WbAssistApplication.class.getClassLoader())) {
      resources.addAll(extension.resources());
    }
    return Set.copyOf(resources);
  }
}
