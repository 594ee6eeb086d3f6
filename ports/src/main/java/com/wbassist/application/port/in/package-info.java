/**
 * Inbound ports: the use cases the outside world drives — a chat update arrives, a timer asks for
 * the due cabinets to be synced, for one cabinet to be synced now, or for notifications to be
 * dispatched. Commands validate themselves.
 */
package com.wbassist.application.port.in;
