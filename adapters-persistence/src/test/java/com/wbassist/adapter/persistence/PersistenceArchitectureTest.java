package com.wbassist.adapter.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The adapter shows the world its factory and nothing of its tables. Rules fail when they check no
 * class.
 */
class PersistenceArchitectureTest {
  private static final String ADAPTER = "com.wbassist.adapter.persistence..";
  private static final Set<String> PUBLIC_TYPES =
      Set.of(
          PersistenceAdapters.class.getName(),
          TokenCipher.class.getName(),
          TokenKeyException.class.getName(),
          StorageException.class.getName(),
          RecentDelivery.class.getName(),
          SetAsideEvent.class.getName(),
          InstantColumn.class.getName(),
          com.wbassist.adapter.persistence.migration.SchemaMigration.class.getName());
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.wbassist.adapter.persistence");

  @Test
  @DisplayName("JPA entities never leave the adapter: they are package-private")
  void entitiesStayInside() {
    classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
  }

  @Test
  @DisplayName(
      "only the factory, the cipher, the migration, the exceptions and the admin view of a delivery are public")
  void smallPublicSurface() {
    classes()
        .that()
        .resideInAPackage(ADAPTER)
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .haveNameMatching(
            String.join("|", PUBLIC_TYPES.stream().map(n -> n.replace(".", "\\.")).toList()))
        .check(CLASSES);
  }

  @Test
  @DisplayName("the adapter never sees another adapter or the app")
  void noOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage(ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.wbassist.adapter.wb..", "com.wbassist.adapter.telegram..", "com.wbassist.app..")
        .check(CLASSES);
  }
}
