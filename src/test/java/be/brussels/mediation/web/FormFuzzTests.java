package be.brussels.mediation.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends thousands of randomised requests (a fixed seed, so that a failure can be
 * replayed) over every public and staff form and parameter: crafted field names
 * ({@code x.y}, {@code x[99]}, {@code _x}, {@code !x}, repeated names), control
 * characters, huge values, wrong types, broken encodings, odd content types and methods.
 * Every answer must be a page of the site with a status below 500, and the server must
 * log no error.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class FormFuzzTests {

	private static final int REQUESTS = 2_400;

	/** Fixed, so that a failure replays; {@code -Dfuzz.seed=…} tries others. */
	private static final long SEED = Long.getLong("fuzz.seed", 20261201);

	private static final String OFFICE = "fuzz-office";

	private static final String EDITOR = "fuzz.editor";

	/** A stack frame or an exception's message: never on a page (typed text aside). */
	private static final Pattern STACK_TRACE = Pattern
		.compile("\\bat (?:java|jakarta|org|be|com)\\.[\\w.$]+\\(|Caused by: |Exception: ");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The office form's fields, its rows' fields, and the other forms' fields. */
	private static final List<String> OFFICE_FIELDS = List.of("slug", "districtFr", "districtNl", "districtEn",
			"nameFr", "nameNl", "nameEn", "descriptionFr", "descriptionNl", "descriptionEn", "streetFr", "streetNl",
			"number", "postalCode", "localityFr", "localityNl", "latitude", "longitude", "approximate", "_approximate",
			"phones[0]", "phones[1]", "email", "website", "languages", "_languages", "accessibility",
			"accessibilityNoteFr", "accessibilityNoteNl", "accessibilityNoteEn", "serviceArea", "_serviceArea",
			"sessions[0].day", "sessions[0].opens", "sessions[0].closes", "sessions[0].mode", "exceptions[0].firstDay",
			"exceptions[0].lastDay", "exceptions[0].kind", "exceptions[0].opens", "exceptions[0].closes",
			"exceptions[0].reasonFr", "exceptions[0].reasonNl", "exceptions[0].reasonEn", "notices[0].visibleFrom",
			"notices[0].visibleUntil", "notices[0].textFr", "notices[0].textNl", "notices[0].textEn", "published",
			"_published", "version", "rowAction");

	private static final List<String> ACCOUNT_FIELDS = List.of("username", "displayName", "role", "enabled", "_enabled",
			"officeIds", "_officeIds", "password", "version");

	private static final List<String> WORDS = List.of("marolles", "Rue Haute", "Vossenstraat 10", "1000", "1120",
			"02 503 25 65", "+32499537481", "logement", "OTHER", "WRONG_PHONE", "NEW", "DONE", "IN_PROGRESS", "EDITOR",
			"true", "false", "on", "fr", "nl", "MONDAY", "WALK_IN", "CLOSED", "09:00", "16:30", "25:61", "2026-12-24",
			"2026-02-30", "50.8375", "4,3467", "-91", "1e400", "NaN", "0", "-1", "2147483648", "add:phones",
			"add:sessions", "remove:sessions:0", "up:phones:1", "down:notices:999", "remove:x:y:z",
			"https://example.be", "javascript:alert(1)", "a@b.be", "<script>alert(1)</script>", "' or '1'='1", "%s%n",
			"${7*7}", "__${T(java.lang.Runtime)}__", "../../etc/passwd", "\u202eevil", "😀", "ꙮ");

	private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\t", "\n", "\r", "\u001b",
			"\u007f", "\u0085", "\u2028", "\ufeff");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final Random random = new Random(SEED);

	private final HttpClient staff = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final HttpClient visitor = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private String csrf;

	private long lastOffice;

	private long lastAccount;

	@AfterEach
	void removeWhatTheFuzzMade() {
		this.jdbc.sql("delete from problem_report where office_id > ?").param(this.lastOffice).update();
		this.jdbc.sql("delete from office where id > ?").param(this.lastOffice).update();
		this.jdbc.sql("delete from staff_account where id > ?").param(this.lastAccount).update();
	}

	@Test
	void thousandsOfCraftedRequestsGetNoServerErrorAndNoStackTrace(CapturedOutput output) throws Exception {
		prepare();
		int start = output.getAll().length();
		long began = System.nanoTime();
		List<String> failures = new ArrayList<>();
		int[] statuses = new int[6];
		for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
			Fuzzed request = next();
			HttpResponse<String> response;
			try {
				response = (request.staff ? this.staff : this.visitor).send(request.request,
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				// Tomcat may close the connection on a request it refuses outright.
				statuses[0]++;
				continue;
			}
			statuses[response.statusCode() / 100]++;
			if (response.statusCode() >= 500 || STACK_TRACE.matcher(response.body()).find()) {
				failures.add("#" + i + " " + request.description + " -> " + response.statusCode());
			}
			else if (outOfFieldOrder(response.body()) != null) {
				failures.add("#" + i + " " + request.description + " -> an error summary out of field order: "
						+ outOfFieldOrder(response.body()));
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf("Fuzz: %d requests in %.1f s; 2xx %d, 3xx %d, 4xx %d, 5xx %d, closed %d%n", REQUESTS, seconds,
				statuses[2], statuses[3], statuses[4], statuses[5], statuses[0]);
		assertThat(failures).isEmpty();
		assertThat(output.getAll()
			.substring(start)
			.lines()
			.filter((line) -> line.contains(" ERROR ") || line.contains("ERROR:  "))).as("errors logged by the server")
			.isEmpty();
		assertThat(statuses[2] + statuses[3]).as("requests the site served").isGreaterThan(REQUESTS / 5);
	}

	/**
	 * The links of the page's error summary and the fields they lead to, if they are not
	 * the same in the same order, else {@code null}.
	 */
	private static String outOfFieldOrder(String page) {
		if (!page.contains("error-summary")) {
			return null;
		}
		Document document = Jsoup.parse(page);
		List<String> summary = document.select(".error-summary a[href^=#]")
			.eachAttr("href")
			.stream()
			.map((href) -> href.substring(1))
			.distinct()
			.toList();
		List<String> fields = document.select("[id]")
			.eachAttr("id")
			.stream()
			.filter(summary::contains)
			.distinct()
			.toList();
		return summary.equals(fields) ? null : summary + " for fields " + fields;
	}

	/**
	 * An office and an editor of its own to fuzz, and a signed-in staff session.
	 */
	private void prepare() throws Exception {
		this.lastOffice = this.jdbc.sql("select coalesce(max(id), 0) from office").query(Long.class).single();
		this.lastAccount = this.jdbc.sql("select coalesce(max(id), 0) from staff_account").query(Long.class).single();
		StaffBrowser admin = new StaffBrowser(this.port);
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		admin.get("/fr/admin/offices/new");
		admin.submit("form[action$=/admin/offices]", "slug", OFFICE, "districtFr", "Fuzz", "districtNl", "Fuzz",
				"nameFr", "Antenne fuzz", "nameNl", "Fuzzkantoor", "streetFr", "Rue des Renards", "streetNl",
				"Vossenstraat", "number", "10", "postalCode", "1000", "localityFr", "Bruxelles", "localityNl",
				"Brussel", "latitude", "50.8375", "longitude", "4.3467", "published", "true");
		assertThat(admin.path()).isEqualTo("/fr/admin/offices/" + OFFICE);
		admin.get("/fr/admin/accounts/new");
		admin.submit("form[action$=/admin/accounts]", "username", EDITOR, "displayName", "Fuzz", "role", "ADMIN",
				"password", "quiet-lantern-orchard-77");
		assertThat(admin.path()).isEqualTo("/fr/admin/accounts");

		send(this.staff, HttpRequest.newBuilder(uri("/fr/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + EDITOR + "&password=quiet-lantern-orchard-77")));
		Matcher token = CSRF
			.matcher(send(this.staff, HttpRequest.newBuilder(uri("/fr/admin/offices/" + OFFICE))).body());
		assertThat(token.find()).as("signed in").isTrue();
		this.csrf = token.group(1);
		for (int i = 0; i < 3; i++) {
			send(this.visitor,
					HttpRequest.newBuilder(uri("/fr/offices/" + OFFICE + "/report"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("X-Forwarded-For", "198.18.0." + i)
						.POST(HttpRequest.BodyPublishers.ofString("topic=OTHER&message=Fuzz+report+" + i)));
		}
	}

	private Fuzzed next() {
		String language = pick(List.of("fr", "nl", "en", "fr", "nl", "en", "de"));
		List<Long> reports = this.jdbc
			.sql("select id from problem_report where office_id = (select id from office where slug = ?)")
			.param(OFFICE)
			.query(Long.class)
			.list();
		String report = reports.isEmpty() ? "1" : String.valueOf(pick(reports));
		String office = pick(List.of(OFFICE, OFFICE, OFFICE, "atlantis", "fz" + this.random.nextInt(99), "%C3%28",
				"%7Bx%7D", "nord"));
		// The target: method, path, fields, and whether a signed-in session sends it.
		Object[][] targets = { { "GET", "/search", List.of("q", "street"), false },
				{ "GET", "/my-office", List.of("street", "id"), false },
				{ "GET", "/nearest", List.of("lat", "lon"), false }, { "GET", "/streets", List.of("q"), false },
				{ "GET", "/offices.geojson", List.of("office"), false }, { "GET", "/", List.of("q"), false },
				{ "GET", "/accessibility", List.of(), false }, { "GET", "/offices/" + office, List.of(), false },
				{ "GET", "/offices/" + office + "/", List.of(), false },
				{ "GET", "/offices/" + office + "/contact.vcf", List.of(), false },
				{ "GET", "/offices/" + office + "/closures.ics", List.of(), false },
				{ "GET", "/offices/" + office + "/report", List.of("topic", "message"), false },
				{ "POST", "/offices/" + office + "/report", List.of("topic", "message", "email", "homepage"), false },
				{ "GET", "/admin/login", List.of("error", "wait", "loggedOut", "expired", "username"), false },
				{ "POST", "/admin/login", List.of("username", "password"), false },
				{ "POST", "/admin/offices/" + office, OFFICE_FIELDS, true },
				{ "POST", "/admin/offices/" + office, OFFICE_FIELDS, true },
				{ "POST", "/admin/offices", OFFICE_FIELDS, true }, { "GET", "/admin/offices/new", List.of(), true },
				{ "GET", "/admin/offices/" + office, List.of(), true },
				{ "POST", "/admin/offices/" + office + "/checked", OFFICE_FIELDS, true },
				{ "POST", "/admin/offices/" + office + (this.random.nextBoolean() ? "/archive" : "/unarchive"),
						OFFICE_FIELDS, true },
				{ "POST",
						"/admin/offices/" + office + (this.random.nextBoolean() ? "/archive" : "/unarchive")
								+ "/confirmed",
						List.of(), true },
				{ "GET", "/admin/offices/" + office + "/history", List.of(), true },
				{ "POST",
						"/admin/offices/" + office + "/history/"
								+ pick(List.of("1", "2", "0", "-1", "x", "99999999999")) + "/restore",
						List.of(), true },
				{ "POST", "/admin/accounts", ACCOUNT_FIELDS, true },
				{ "POST", "/admin/accounts/" + pick(List.of(EDITOR, "nobody", "fz1")), ACCOUNT_FIELDS, true },
				{ "GET", "/admin/reports", List.of("status", "page"), true },
				{ "POST", "/admin/reports/" + pick(List.of(report, report, "0", "x", "99999999")),
						List.of("status", "page"), true },
				{ "GET", "/admin/audit", List.of("page"), true }, { "GET", "/admin", List.of(), true },
				{ "GET", "/privacy", List.of(), false }, { "GET", "/admin/reports/by-email", List.of("email"), true },
				{ "POST", "/admin/reports/by-email"
						+ pick(List.of("", "/export/json", "/export/csv", "/export/xml", "/erase", "/erase/confirmed")),
						List.of("email"), true } };
		Object[] target = targets[this.random.nextInt(targets.length)];
		String method = (String) target[0];
		if (this.random.nextInt(25) == 0) {
			method = pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "GET", "POST"));
		}
		@SuppressWarnings("unchecked")
		boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
		String fields = fields((List<String>) target[2], (Boolean) target[3], hasBody);
		String path = "/" + language + target[1];
		HttpRequest.Builder request = HttpRequest
			.newBuilder(uri(hasBody || fields.isEmpty() ? path : path + "?" + fields))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", pick(List.of("text/html", "text/html", "*/*", "application/json", "image/png")))
			.header("X-Forwarded-For", "198.18." + this.random.nextInt(256) + "." + this.random.nextInt(256));
		String contentType = pick(List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
				"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ISO-8859-1",
				"text/plain", "application/json", "multipart/form-data", "multipart/form-data; boundary=x", "x/y;;",
				""));
		if (!contentType.isEmpty() && (hasBody || this.random.nextInt(10) == 0)) {
			request.header("Content-Type", contentType);
		}
		if (this.random.nextInt(10) == 0) {
			request.header(pick(List.of("Sec-Fetch-Site", "Origin", "Referer")),
					pick(List.of("cross-site", "same-origin", "same-site", "none", "https://evil.example", "null")));
		}
		request.method(method,
				hasBody ? HttpRequest.BodyPublishers.ofString(fields) : HttpRequest.BodyPublishers.noBody());
		return new Fuzzed(request.build(), (Boolean) target[3],
				method + " " + path + " [" + contentType + "] " + abbreviated(fields));
	}

	/**
	 * The fields of a request: some of the form's, as they are or crafted, with values of
	 * every kind, and at times a CSRF token.
	 */
	private String fields(List<String> names, boolean staff, boolean inBody) {
		List<String> pairs = new ArrayList<>();
		int count = this.random.nextInt(Math.max(2, names.size() / 2) + 2);
		for (int i = 0; i < count; i++) {
			String name = names.isEmpty() ? word() : pick(names);
			String value = value(inBody);
			if (this.random.nextInt(20) == 0) {
				// Undecodable or odd raw text, as a client may send it (an address cannot
				// hold a broken escape).
				pairs.add(pick(inBody ? List.of("%ZZ", "%C3%28=x", "a=b=c", "=x", "&&", "%", name + "=%C3", "x%00y=1")
						: List.of("%C3%28=x", "a=b=c", "=x", "&&", name + "=%C3", "x%00y=1")));
				continue;
			}
			pairs.add(URLEncoder.encode(crafted(name), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
		if (staff && this.random.nextInt(8) != 0) {
			pairs.add("_csrf=" + ((this.random.nextInt(10) == 0) ? "forged" : this.csrf));
		}
		return String.join("&", pairs);
	}

	private String crafted(String name) {
		String base = name.replaceFirst("^[_!]", "");
		return switch (this.random.nextInt(16)) {
			case 0 -> base + ".x";
			case 1 ->
				base + "[" + pick(List.of("0", "1", "99", "255", "256", "999", "-1", "", "x", "2147483648")) + "]";
			case 2 -> "_" + base;
			case 3 -> "!" + base;
			case 4 -> "[" + base + "]";
			case 5 -> base + "]]";
			case 6 -> base.replace("[0]", "[" + this.random.nextInt(300) + "]");
			case 7 -> base + "..y";
			case 8 -> word();
			case 9 -> base.replace("[0]", "[0].x");
			default -> name;
		};
	}

	/**
	 * A value of any kind; a huge one (up to past the 2 MB a body may be) in a body, a
	 * long one (past the 8 KB an address may be) in an address.
	 */
	private String value(boolean inBody) {
		return switch (this.random.nextInt(12)) {
			case 0 -> "";
			case 1 -> " ".repeat(this.random.nextInt(5));
			case 2 -> word() + pick(CONTROLS) + word();
			case 3 -> pick(CONTROLS);
			case 4 -> "x".repeat(this.random.nextInt(5_000));
			case 5 -> (this.random.nextInt(8) != 0) ? "y".repeat(2_000 + this.random.nextInt(20_000))
					: "é".repeat(inBody ? 300_000 + this.random.nextInt(800_000) : 3_000);
			case 6 -> String.valueOf(this.random.nextLong());
			case 7 -> new String(Character.toChars(0x10000 + this.random.nextInt(0x1000))) + word();
			default -> pick(WORDS);
		};
	}

	private String word() {
		StringBuilder word = new StringBuilder();
		for (int i = 1 + this.random.nextInt(10); i > 0; i--) {
			word.append((char) ('a' + this.random.nextInt(26)));
		}
		return word.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "… (" + text.length() + " characters)" : text;
	}

	private record Fuzzed(HttpRequest request, boolean staff, String description) {
	}

}
