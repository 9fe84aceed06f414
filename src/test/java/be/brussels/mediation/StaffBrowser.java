package be.brussels.mediation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.staff.StaffAccount;
import be.brussels.mediation.staff.StaffAccountRepository;
import be.brussels.mediation.staff.StaffAccounts;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.helper.HttpConnection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A browser without JavaScript, over real HTTP: it keeps cookies, follows redirects and
 * submits forms as they are on the page, CSRF token included, with the fields a test
 * changes.
 */
public final class StaffBrowser {

	/**
	 * The first administrator, created at start-up from the test properties.
	 */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "violet-harbour-tandem-42";

	/** The password of the editors that {@link #editorOf} creates. */
	public static final String EDITOR_PASSWORD = "quiet-lantern-orchard-77";

	/**
	 * Creates an editor of the given offices, whose password is {@link #EDITOR_PASSWORD};
	 * returns their username.
	 */
	public static String editorOf(StaffAccountRepository accounts, StaffAccounts staff, OfficeRepository offices,
			String... slugs) {
		String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
		StaffAccount editor = new StaffAccount(username, "Editor " + username, staff.hash(EDITOR_PASSWORD),
				StaffAccount.Role.EDITOR);
		for (String slug : slugs) {
			editor.getOfficeIds().add(offices.findBySlug(slug).orElseThrow().getId());
		}
		accounts.save(editor);
		return username;
	}

	private final Connection session;

	private final String origin;

	private Connection.Response response;

	private Document page;

	/**
	 * The administrator's signed-in sessions, one per test class and port: signing in
	 * hashes a password, which a test class need do once.
	 */
	private static final Map<String, Connection> ADMINISTRATOR_SESSIONS = new ConcurrentHashMap<>();

	/**
	 * A browser signed in as the administrator, in the session that the tests of that
	 * class share (each browser with a page of its own).
	 */
	public static StaffBrowser administrator(int port, Class<?> testClass) {
		Connection session = ADMINISTRATOR_SESSIONS.computeIfAbsent(testClass.getName() + ":" + port, (key) -> {
			StaffBrowser browser = new StaffBrowser(port);
			browser.signIn(ADMIN, ADMIN_PASSWORD);
			return browser.session;
		});
		return new StaffBrowser(session, "http://localhost:" + port);
	}

	public StaffBrowser(int port) {
		this(port, "127.0.0.1");
	}

	/**
	 * A browser seen by the site as coming from the given address (through a proxy on
	 * this machine).
	 */
	public StaffBrowser(int port, String address) {
		this.origin = "http://localhost:" + port;
		this.session = Jsoup.newSession()
			.ignoreHttpErrors(true)
			.ignoreContentType(true)
			.followRedirects(true)
			.timeout(60_000)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			// As browsers say of requests from the site's own pages.
			.header("Sec-Fetch-Site", "same-origin")
			.header("X-Forwarded-For", address);
	}

	private StaffBrowser(Connection session, String origin) {
		this.session = session;
		this.origin = origin;
	}

	/**
	 * The same browser, with its cookies, asking another instance of the site (on this
	 * machine, at the given port).
	 */
	public StaffBrowser at(int port) {
		return new StaffBrowser(this.session, "http://localhost:" + port);
	}

	public Document get(String path) {
		return send(this.session.newRequest(this.origin + path).method(Connection.Method.GET));
	}

	/**
	 * Signs in through the sign-in page; returns the page it lands on.
	 */
	public Document signIn(String username, String password) {
		get("/fr/admin/login");
		return submit("form[action$=/admin/login]", "username", username, "password", password);
	}

	/**
	 * Submits a form of the current page with its values, the given names set to the
	 * given values (a name given twice gets both; an empty value leaves the field empty).
	 */
	public Document submit(String formSelector, String... namesAndValues) {
		FormElement form = (FormElement) this.page.selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException("No form " + formSelector + " on " + this.response.url());
		}
		return post(form.absUrl("action"), formData(form, namesAndValues));
	}

	/**
	 * Presses a submit button of the current page: sends the form it belongs to (its
	 * {@code form} attribute's, or the one around it) to the button's {@code formaction},
	 * if it has one, with the button's name and value and the given names set to the
	 * given values.
	 */
	public Document press(String buttonSelector, String... namesAndValues) {
		Element button = this.page.selectFirst(buttonSelector);
		if (button == null) {
			throw new IllegalStateException("No button " + buttonSelector + " on " + this.response.url());
		}
		FormElement form = (FormElement) (button.hasAttr("form") ? this.page.getElementById(button.attr("form"))
				: button.closest("form"));
		List<Connection.KeyVal> data = formData(form, namesAndValues);
		if (button.hasAttr("name")) {
			data.add(HttpConnection.KeyVal.create(button.attr("name"), button.attr("value")));
		}
		return post(button.hasAttr("formaction") ? button.absUrl("formaction") : form.absUrl("action"), data);
	}

	private static List<Connection.KeyVal> formData(FormElement form, String... namesAndValues) {
		List<Connection.KeyVal> data = new ArrayList<>(form.formData());
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			changed.add(namesAndValues[i]);
		}
		data.removeIf((field) -> changed.contains(field.key()));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			data.add(HttpConnection.KeyVal.create(namesAndValues[i], namesAndValues[i + 1]));
		}
		return data;
	}

	/**
	 * Posts the given fields, without a form of the page (no CSRF token unless given).
	 */
	public Document post(String path, String... namesAndValues) {
		List<Connection.KeyVal> data = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			data.add(HttpConnection.KeyVal.create(namesAndValues[i], namesAndValues[i + 1]));
		}
		return post(this.origin + path, data);
	}

	/**
	 * Posts the given fields with one header set as given: where the browser says the
	 * request comes from, say.
	 */
	public Document postWithHeader(String path, String header, String value, String... namesAndValues) {
		List<Connection.KeyVal> data = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			data.add(HttpConnection.KeyVal.create(namesAndValues[i], namesAndValues[i + 1]));
		}
		Connection request = this.session.newRequest(this.origin + path).method(Connection.Method.POST).data(data);
		if (!header.equals("Sec-Fetch-Site")) {
			request.request().removeHeader("Sec-Fetch-Site");
		}
		return send(request.header(header, value));
	}

	private Document post(String url, List<Connection.KeyVal> data) {
		return send(this.session.newRequest(url).method(Connection.Method.POST).data(data));
	}

	private Document send(Connection request) {
		try {
			this.response = request.execute().bufferUp();
			this.page = this.response.parse();
			return this.page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int status() {
		return this.response.statusCode();
	}

	/**
	 * The path of the page shown, after redirects.
	 */
	public String path() {
		String url = this.response.url().toString();
		return url.substring(this.origin.length());
	}

	public Document page() {
		return this.page;
	}

	/**
	 * The page exactly as the server sent it.
	 */
	public String body() {
		return this.response.body();
	}

	public String header(String name) {
		return this.response.header(name);
	}

	/**
	 * The id of the browser's session, from its cookie.
	 */
	public String sessionId() {
		return this.session.cookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map((cookie) -> StoredSessions.idInCookie(cookie.getValue()))
			.findFirst()
			.orElseThrow();
	}

	public List<String> cookies() {
		return this.session.cookieStore().getCookies().stream().map(Object::toString).toList();
	}

}
