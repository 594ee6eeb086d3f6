package com.wbassist.adapter.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The adapter's persistence unit, described in code instead of a {@code META-INF/persistence.xml}:
 * a container scanning the application finds no unit to manage, and the adapter keeps its entities
 * and its transactions to itself in every runtime (docs/decisions/0201).
 */
final class AdapterPersistenceUnit implements PersistenceUnitInfo {
  static final String NAME = "wbassist-adapter";
  static final List<String> ENTITIES =
      List.of(
          CabinetEntity.class.getName(),
          SellerEntity.class.getName(),
          SyncRunEntity.class.getName(),
          SyncRunEntity.StreamOutcome.class.getName(),
          InstantColumn.class.getName());

  private final DataSource dataSource;

  AdapterPersistenceUnit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String getPersistenceUnitName() {
    return NAME;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
  }

  @Override
  public DataSource getJtaDataSource() {
    return null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return dataSource;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return AdapterPersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation();
  }

  @Override
  public List<String> getManagedClassNames() {
    return ENTITIES;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return new Properties();
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.0";
  }

  @Override
  public ClassLoader getClassLoader() {
    return AdapterPersistenceUnit.class.getClassLoader();
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // No weaving: the entities have no lazy relations to weave for.
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return getClassLoader();
  }
}
