package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Application servers hand out wrapped connections. One that unwraps to PostgreSQL's own (as
 * Liberty's does) gets the COPY path; one that hides it gets the array path; both store the page.
 */
class WrappedConnectionsTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("wrapped");

  @Test
  @DisplayName("a wrapper that unwraps to PostgreSQL's connection gets the COPY path")
  void unwrapping() {
    AtomicBoolean unwrapped = new AtomicBoolean();
    storeThrough(wrapped(true, unwrapped));
    assertTrue(unwrapped.get());
    assertEquals(3_000, count("select count(*) from orders"));
  }

  @Test
  @DisplayName("a wrapper that hides it gets the array path, with the same result")
  void hiding() {
    AtomicBoolean unwrapped = new AtomicBoolean();
    storeThrough(wrapped(false, unwrapped));
    assertFalse(unwrapped.get());
    assertEquals(3_000, count("select count(*) from orders"));
  }

  @Test
  @DisplayName(
      "connections enlisted in a container transaction are refused with the fix in the message")
  void enlisted() {
    DataSource real = db.dataSource();
    DataSource enlisted =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  Connection c = (Connection) invoke(real, method, args);
                  return Proxy.newProxyInstance(
                      Connection.class.getClassLoader(),
                      new Class<?>[] {Connection.class},
                      (p, m, a) -> {
                        if (m.getName().equals("setAutoCommit") && Boolean.FALSE.equals(a[0])) {
                          throw new java.sql.SQLException("not allowed in a global transaction");
                        }
                        return invoke(c, m, a);
                      });
                });
    StorageException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            StorageException.class, () -> storeThrough(enlisted));
    assertTrue(refused.getMessage().contains("transactional=\"false\""), refused.getMessage());
  }

  private void storeThrough(DataSource dataSource) {
    List<Order> rows = BenchmarkOrders.generate(3_000, 9);
    try (PersistenceAdapters wrapped =
        PersistenceAdapters.create(dataSource, TokenCipher.fromBase64Key(KEY))) {
      wrapped
          .orders()
          .store(
              new StreamBatch<>(leaseOf(SHOP), rows, Optional.empty(), List.of(), Instant.EPOCH));
      assertEquals(
          3_000,
          wrapped.orders().knownOrders(SHOP, rows.stream().map(Order::srid).toList()).size());
    }
  }

  private static DataSource wrapped(boolean unwraps, AtomicBoolean unwrapped) {
    DataSource real = db.dataSource();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              return result instanceof Connection c ? connection(c, unwraps, unwrapped) : result;
            });
  }

  private static Connection connection(Connection real, boolean unwraps, AtomicBoolean unwrapped) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              boolean asksForPg = args != null && args.length == 1 && args[0] == PGConnection.class;
              if (method.getName().equals("isWrapperFor") && asksForPg) {
                return unwraps;
              }
              if (method.getName().equals("unwrap") && asksForPg) {
                unwrapped.set(true);
              }
              return invoke(real, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
