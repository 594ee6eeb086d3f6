package com.wbassist.application.port.in;

import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.figures.DashboardPeriod;

/**
 * The sellers' API dashboard: a span of the caller's shop summed up with the daily summary's own
 * figures. Asked as a caller, never of a cabinet by name: the key decides the shop.
 */
public interface ShopDashboard {
  Dashboard dashboard(ApiCaller caller, DashboardPeriod period);
}
