package com.wbassist.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The production classes of every module, as app-liberty's test class path holds them. */
final class ProjectClasses {
  static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
          // A module's test-jar (test data builders) is on this class path too once it is packaged:
          // its classes are tests, not production.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("com.wbassist");

  private ProjectClasses() {}
}
