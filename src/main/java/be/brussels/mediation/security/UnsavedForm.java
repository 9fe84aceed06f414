package be.brussels.mediation.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An office form sent and not saved, kept in the session so that its author finds it as
 * they typed it rather than lose it: sent with a CSRF token that no longer holds (the
 * session had ended, or its sender signed in again since opening it), or sent on the way
 * to archiving, which asks first. A form is kept only for a session that belonged to a
 * signed-in member of staff, still open or lately ended, and only up to the size of a
 * real office form: a visitor who never signed in gets no session and leaves nothing in
 * memory.
 *
 * @param page the address of the form's page
 * @param fields the fields sent
 * @param notice the key of the message that says why the form is shown unsaved
 */
public record UnsavedForm(String page, Map<String, String[]> fields, String notice) implements Serializable {

	/** The most characters (names and values) a kept form may hold. */
	static final int MAX_CHARACTERS = 64 * 1024;

	/** The most fields a kept form may hold. */
	static final int MAX_FIELDS = 1_000;

	private static final String ATTRIBUTE = UnsavedForm.class.getName();

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher NEW_OFFICE = paths.matcher(HttpMethod.POST, "/*/admin/offices");

	/**
	 * Where an office's form is sent: to be saved, saved and marked as checked, or with
	 * archiving asked for.
	 */
	private static final RequestMatcher OFFICE_FORMS = new OrRequestMatcher(NEW_OFFICE,
			paths.matcher(HttpMethod.POST, "/*/admin/offices/*"),
			paths.matcher(HttpMethod.POST, "/*/admin/offices/*/{action:checked|archive|unarchive}"));

	/**
	 * Keeps the request's fields in its session if it sent an office form of a reasonable
	 * size from a session that is signed in, or from a signed-in session that ended (then
	 * in a new session).
	 * @param signedIn whether the request's session is signed in
	 * @param endedSignedIn takes the id of a session that was signed in and ended, once
	 * @return whether it was kept
	 */
	static boolean keep(HttpServletRequest request, boolean signedIn, Predicate<String> endedSignedIn) {
		if (!OFFICE_FORMS.matches(request) || !ofReasonableSize(request.getParameterMap())
				|| request.getParameterMap().keySet().stream().allMatch("_csrf"::equals)) {
			return false;
		}
		HttpSession session = request.getSession(false);
		if (session == null ? !endedSignedIn.test(request.getRequestedSessionId()) : !signedIn) {
			return false;
		}
		// The form's page: /fr/admin/offices/new, or the office's
		// /fr/admin/offices/{slug}.
		String page = NEW_OFFICE.matches(request) ? request.getRequestURI() + "/new"
				: String.join("/", Arrays.copyOf(request.getRequestURI().split("/", 6), 5));
		store(request.getSession(), page, request.getParameterMap(), "admin.notice.unsaved");
		return true;
	}

	/**
	 * Keeps the fields a signed-in member of staff sent (their CSRF token aside) for the
	 * given page, where they will find them not saved yet, with the notice given: a form
	 * they sent to an action that does not save it (archiving asks for a confirmation
	 * first).
	 * @return whether it was kept (not when too large, or without a session)
	 */
	public static boolean keep(HttpServletRequest request, String page, String notice) {
		Map<String, String[]> fields = new HashMap<>(request.getParameterMap());
		fields.remove("_csrf");
		return keep(request, page, fields, notice);
	}

	/**
	 * Keeps the given fields for the page, in the request's session, if there is one and
	 * they are of a reasonable size.
	 * @return whether they were kept
	 */
	public static boolean keep(HttpServletRequest request, String page, Map<String, String[]> fields, String notice) {
		HttpSession session = request.getSession(false);
		if (session == null || !ofReasonableSize(fields)) {
			return false;
		}
		store(session, page, fields, notice);
		return true;
	}

	private static void store(HttpSession session, String page, Map<String, String[]> fields, String notice) {
		session.setAttribute(ATTRIBUTE, new UnsavedForm(page, new HashMap<>(fields), notice));
	}

	private static boolean ofReasonableSize(Map<String, String[]> fields) {
		long characters = 0;
		long values = 0;
		for (Map.Entry<String, String[]> field : fields.entrySet()) {
			for (String value : field.getValue()) {
				characters += field.getKey().length() + value.length();
				values++;
			}
		}
		return characters <= MAX_CHARACTERS && values <= MAX_FIELDS;
	}

	/**
	 * The page where the kept form waits, if any.
	 */
	static Optional<String> waitingPage(HttpServletRequest request) {
		return kept(request).map(UnsavedForm::page);
	}

	/**
	 * The form kept for this page, taken out of the session.
	 */
	public static Optional<UnsavedForm> take(HttpServletRequest request) {
		return take(request, request.getRequestURI());
	}

	/**
	 * The form kept for the given page, taken out of the session.
	 */
	public static Optional<UnsavedForm> take(HttpServletRequest request, String page) {
		Optional<UnsavedForm> form = kept(request).filter((kept) -> kept.page().equals(page));
		form.ifPresent((kept) -> request.getSession().removeAttribute(ATTRIBUTE));
		return form;
	}

	private static Optional<UnsavedForm> kept(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof UnsavedForm form) ? Optional.of(form)
				: Optional.empty();
	}

}
