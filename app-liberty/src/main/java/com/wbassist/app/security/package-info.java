/**
 * Who may call what, designed once for the product's three callers (docs/decisions/0603): operators
 * in role {@link com.wbassist.app.security.Roles#ADMIN} (HTTP Basic on the admin API, form login on
 * the browser console), sellers' own systems (cabinet-scoped API keys), and Telegram (its webhook
 * secret header, checked by the Telegram adapter). One Jakarta Security authentication mechanism
 * tells the callers apart; the resources say which role they need with {@code @RolesAllowed}.
 */
package com.wbassist.app.security;
