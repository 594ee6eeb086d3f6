/**
 * The WB adapter: the outbound ports {@code WbMarketData} and {@code WbAccountCheck} against WB's
 * seller API.
 *
 * <p>Only {@link com.wbassist.adapter.wb.WbMarketDataAdapter} and {@link
 * com.wbassist.adapter.wb.WbAccountCheckAdapter} are public; WB's JSON, the Rest Client interfaces,
 * the rate limiter and the fault-tolerance boundary stay inside. One call of the port is one WB
 * page; the paging loops live in the core's services.
 */
package com.wbassist.adapter.wb;
