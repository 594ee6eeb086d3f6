/**
 * What the application lets a tool beside it plug in, without the application ever naming the tool:
 * a gate background work asks before it starts, a listener told of every handled chat update, and
 * extra REST resources. The sandbox ({@code com.wbassist.sandbox}) is the one such tool; in
 * production nothing is plugged in and every extension point keeps its plain default.
 */
package com.wbassist.app.extension;
