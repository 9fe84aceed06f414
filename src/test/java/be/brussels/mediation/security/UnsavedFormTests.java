package be.brussels.mediation.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class UnsavedFormTests {

	private static MockHttpServletRequest post(String path, String site) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.addHeader("Sec-Fetch-Site", site);
		request.addParameter("nameEn", "Typed");
		return request;
	}

	@Test
	void keepsAnOfficeFormSentFromTheSiteForItsPage() {
		MockHttpServletRequest request = post("/en/admin/offices/marolles", "same-origin");
		assertThat(UnsavedForm.keep(request)).isTrue();
		assertThat(UnsavedForm.waitingPage(request)).hasValue("/en/admin/offices/marolles");

		MockHttpServletRequest newOffice = post("/fr/admin/offices", "same-origin");
		assertThat(UnsavedForm.keep(newOffice)).isTrue();
		assertThat(UnsavedForm.waitingPage(newOffice)).hasValue("/fr/admin/offices/new");
	}

	@Test
	void keepsNoFormSentFromAnotherSiteNorOtherForms() {
		assertThat(UnsavedForm.keep(post("/en/admin/offices/marolles", "cross-site"))).isFalse();
		assertThat(UnsavedForm.keep(post("/en/admin/offices/marolles/checked", "same-origin"))).isFalse();
		assertThat(UnsavedForm.keep(post("/en/admin/accounts/admin", "same-origin"))).isFalse();
	}

}
