package be.brussels.mediation;

import be.brussels.mediation.office.PublishedOffices;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Tests write offices straight into the database, where staff would go through the
 * editing pages (which drop the offices read for public pages, and the pages kept
 * rendered): each test starts with none read and none kept.
 */
class FreshPages implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(PublishedOffices.class).changed();
	}

}
