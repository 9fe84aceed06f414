package be.brussels.mediation.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class UnsavedFormTests {

	private final EndedSessions endedSessions = new EndedSessions();

	private static MockHttpServletRequest post(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.addParameter("nameEn", "Typed");
		return request;
	}

	/**
	 * A request from a browser whose signed-in session ended.
	 */
	private MockHttpServletRequest fromEndedSession(String path) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("ed", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")))));
		this.endedSessions.sessionEnded(new HttpSessionDestroyedEvent(session));
		MockHttpServletRequest request = post(path);
		request.setRequestedSessionId(session.getId());
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

		assertThat(UnsavedForm.keep(fromEndedSession("/en/admin/offices/marolles/checked"), false, this.endedSessions))
			.isFalse();
		assertThat(UnsavedForm.keep(fromEndedSession("/en/admin/accounts/admin"), false, this.endedSessions)).isFalse();
	}

}
