package be.brussels.mediation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The code is laid out by feature, and the features use each other in one direction only:
 * no package imports one that imports it back, and the site-wide basics ({@code web}) and
 * the office domain use no feature built on them.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("be.brussels.mediation");

	@Test
	void noFeaturePackageImportsOneThatImportsItBack() {
		slices().matching("be.brussels.mediation.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theSiteWideBasicsUseNoFeature() {
		noClasses().that()
			.resideInAPackage("be.brussels.mediation.web..")
			.should()
			.dependOnClassesThat(resideInAPackage("be.brussels.mediation..")
				.and(resideOutsideOfPackage("be.brussels.mediation.web..")))
			.check(CLASSES);
	}

	@Test
	void theOfficeDomainUsesOnlyTheSiteWideBasics() {
		noClasses().that()
			.resideInAPackage("be.brussels.mediation.office..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("be.brussels.mediation.editing..", "be.brussels.mediation.search..",
					"be.brussels.mediation.map..", "be.brussels.mediation.reports..", "be.brussels.mediation.staff..",
					"be.brussels.mediation.audit..", "be.brussels.mediation.security..", "be.brussels.mediation.home..",
					"be.brussels.mediation.opendata..", "be.brussels.mediation.privacy..",
					"be.brussels.mediation.database..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("be.brussels.mediation..")
			.and()
			.resideOutsideOfPackage("be.brussels.mediation")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("be.brussels.mediation")
			.check(CLASSES);
	}

}
