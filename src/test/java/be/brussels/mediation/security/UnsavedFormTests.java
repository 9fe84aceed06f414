package be.brussels.mediation.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class UnsavedFormTests {

	/** The signed-in sessions that ended, each taken once. */
	private final Set<String> ended = new HashSet<>();

	private final Predicate<String> endedSessions = (id) -> id != null && this.ended.remove(id);

	private static MockHttpServletRequest post(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.addParameter("nameEn", "Typed");
		return request;
	}

	/**
	 * A request from a browser whose signed-in session ended.
	 */
	private MockHttpServletRequest fromEndedSession(String path) {
		String session = UUID.randomUUID().toString();
		this.ended.add(session);
		MockHttpServletRequest request = post(path);
		request.setRequestedSessionId(session);
		return request;
	}

	@Test
	void keepsAnOfficeFormOfASignedInSessionForItsPage() {
		MockHttpServletRequest request = post("/en/admin/offices/marolles");
		request.setSession(new MockHttpSession());
		assertThat(UnsavedForm.keep(request, true, this.endedSessions)).isTrue();
		assertThat(UnsavedForm.waitingPage(request)).hasValue("/en/admin/offices/marolles");
	}

	@Test
	void keepsAnOfficeFormOfASignedInSessionThatEndedOnceInANewSession() {
		MockHttpServletRequest newOffice = fromEndedSession("/fr/admin/offices");
		assertThat(UnsavedForm.keep(newOffice, false, this.endedSessions)).isTrue();
		assertThat(UnsavedForm.waitingPage(newOffice)).hasValue("/fr/admin/offices/new");

		MockHttpServletRequest again = post("/fr/admin/offices");
		again.setRequestedSessionId(newOffice.getRequestedSessionId());
		assertThat(UnsavedForm.keep(again, false, this.endedSessions)).isFalse();
	}

	@Test
	void keepsNothingForAVisitorWhoNeverSignedIn() {
		MockHttpServletRequest anonymous = post("/en/admin/offices/marolles");
		assertThat(UnsavedForm.keep(anonymous, false, this.endedSessions)).isFalse();
		assertThat(anonymous.getSession(false)).isNull();

		MockHttpServletRequest madeUpSession = post("/en/admin/offices/marolles");
		madeUpSession.setRequestedSessionId("0123456789ABCDEF0123456789ABCDEF");
		assertThat(UnsavedForm.keep(madeUpSession, false, this.endedSessions)).isFalse();
		assertThat(madeUpSession.getSession(false)).isNull();
	}

	@Test
	void keepsNoFormLargerThanAnOfficeFormNorOtherForms() {
		MockHttpServletRequest huge = fromEndedSession("/en/admin/offices/marolles");
		huge.setParameter("nameFr", "x".repeat(UnsavedForm.MAX_CHARACTERS));
		assertThat(UnsavedForm.keep(huge, false, this.endedSessions)).isFalse();
		assertThat(huge.getSession(false)).isNull();

		assertThat(UnsavedForm.keep(fromEndedSession("/en/admin/accounts/admin"), false, this.endedSessions)).isFalse();
		MockHttpServletRequest tokenOnly = new MockHttpServletRequest("POST", "/en/admin/offices/marolles");
		tokenOnly.addParameter("_csrf", "expired");
		tokenOnly.setSession(new MockHttpSession());
		assertThat(UnsavedForm.keep(tokenOnly, true, this.endedSessions)).isFalse();
	}

	@Test
	void keepsTheOfficeFormSentToBeCheckedOrArchivedForTheFormsPage() {
		for (String action : new String[] { "checked", "archive", "unarchive" }) {
			MockHttpServletRequest request = fromEndedSession("/nl/admin/offices/marolles/" + action);
			assertThat(UnsavedForm.keep(request, false, this.endedSessions)).as(action).isTrue();
			assertThat(UnsavedForm.waitingPage(request)).as(action).hasValue("/nl/admin/offices/marolles");
		}
	}

}
