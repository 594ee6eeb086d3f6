package com.wbassist.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The resource-local EntityManagerFactory over the adapter's data source: no DDL (Liquibase owns
 * the schema), no shared cache (other servers write the same rows), no target server (the adapter
 * commits its own transactions).
 */
final class JpaUnit implements AutoCloseable {
  private final EntityManagerFactory factory;

  JpaUnit(DataSource dataSource) {
    Map<String, Object> properties =
        Map.of(
            PersistenceUnitProperties.TARGET_SERVER, "None",
            PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE,
            PersistenceUnitProperties.WEAVING, "false",
            PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false",
            PersistenceUnitProperties.TARGET_DATABASE, "PostgreSQL",
            PersistenceUnitProperties.LOGGING_LEVEL, "WARNING",
            PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
    this.factory =
        new PersistenceProvider()
            .createContainerEntityManagerFactory(
                new AdapterPersistenceUnit(dataSource), properties);
  }

  /** Reads with an entity manager of its own. */
  <T> T read(String what, Function<EntityManager, T> work) {
    EntityManager manager = factory.createEntityManager();
    try {
      return work.apply(manager);
    } catch (PersistenceException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    } finally {
      manager.close();
    }
  }

  /** Writes in one resource-local transaction: committed whole or rolled back. */
  <T> T write(String what, Function<EntityManager, T> work) {
    EntityManager manager = factory.createEntityManager();
    EntityTransaction transaction = manager.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(manager);
      transaction.commit();
      return result;
    } catch (PersistenceException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      manager.close();
    }
  }

  /**
   * Saves an aggregate's row by its id: the stored row is updated in place (columns the entity does
   * not map, such as a lease, stay as they are), or a new one is inserted.
   */
  <E> void put(String what, Class<E> type, Object id, Supplier<E> fresh, Consumer<E> copy) {
    write(
        what,
        em -> {
          E row = em.find(type, id);
          if (row == null) {
            row = fresh.get();
            copy.accept(row);
            em.persist(row);
          } else {
            copy.accept(row);
          }
          return null;
        });
  }

  @Override
  public void close() {
    factory.close();
  }
}
