package be.brussels.mediation.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.map.MapProperties;
import be.brussels.mediation.staff.StaffAccount;
import be.brussels.mediation.staff.StaffAccounts;
import be.brussels.mediation.staff.StaffSessions;
import be.brussels.mediation.web.ClientAddress;
import be.brussels.mediation.web.ErrorPages;
import be.brussels.mediation.web.SiteLanguage;
import be.brussels.mediation.web.SiteProperties;
import be.brussels.mediation.web.Throttle;
import be.brussels.mediation.web.Throttles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP security. Public pages are served without a session, so that they set no cookie
 * and stay cacheable; staff pages under {@code /{lang}/admin} need a signed-in account,
 * with a session, CSRF tokens and throttled sign-in. Nobody gets a session before signing
 * in: the sign-in page needs none (its form, like the public one, is protected by the
 * cross-site check), and the page to return to afterwards is kept in a cookie. Every page
 * gets a strict Content-Security-Policy and the other security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher LOGIN_FORM = paths.matcher(HttpMethod.POST, "/*/admin/login");

	/**
	 * Failed sign-ins per account and per client: 5 a minute, 10 in 15 minutes, 20 an
	 * hour, so that each series of failures waits longer. Each attempt counts as it
	 * starts, and is given back when it succeeds.
	 */
	private final Throttle signInFailures;

	private final String contentSecurityPolicy;

	private final LocaleResolver locales;

	private final String baseUrl;

	SecurityConfiguration(MapProperties map, LocaleResolver locales, Throttles throttles, SiteProperties site) {
		this.signInFailures = throttles.named("sign-in", List.of(Throttle.limit(5, Duration.ofMinutes(1)),
				Throttle.limit(10, Duration.ofMinutes(15)), Throttle.limit(20, Duration.ofHours(1))));
		// Scripts and styles only from our own files; images from us and the map's tile
		// server.
		this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
				+ map.tileOrigin() + "; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
				+ "frame-ancestors 'none'";
		this.locales = locales;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Only staff pages have sessions: the filter that reads them from the database runs
	 * on their paths alone, not on public pages (whose rendering its wrappers slowed by a
	 * few percent).
	 */
	@Bean
	static BeanPostProcessor sessionsOnStaffPagesOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean sessions
						&& name.equals("sessionRepositoryFilterRegistration")) {
					sessions.setUrlPatterns(Arrays.stream(SiteLanguage.values())
						.map(SiteLanguage::getTag)
						.flatMap((language) -> Stream.of("/" + language + "/admin", "/" + language + "/admin/*"))
						.toList());
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Security's chains are not observed filter by filter: the HTTP timings by
	 * route say enough, for less.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The security headers, first of all filters, on pages and error pages alike.
	 */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(this.contentSecurityPolicy));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The sign-in page, shown without a session.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain signInPage(HttpSecurity http) throws Exception {
		http.securityMatcher(paths.matcher(HttpMethod.GET, "/*/admin/login"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::notCached);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffArea(HttpSecurity http, AuditLog audit, StaffAccounts staff, EndedSessions endedSessions)
			throws Exception {
		CookieRequestCache pageToReturnTo = new CookieRequestCache();
		// A staff page's address, if it fits in a cookie: a longer one would not fit
		// in the answer's headers either.
		pageToReturnTo.setRequestMatcher(new AndRequestMatcher(paths.matcher(HttpMethod.GET, "/*/admin/**"),
				(request) -> request.getRequestURI().length()
						+ ((request.getQueryString() != null) ? request.getQueryString().length() : 0) <= 2_000));
		http.securityMatcher("/*/admin", "/*/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/*/admin/login")
				.permitAll()
				.requestMatchers("/*/admin/accounts", "/*/admin/accounts/**", "/*/admin/audit", "/*/admin/offices/new",
						"/*/admin/offices/*/archive", "/*/admin/offices/*/unarchive", "/*/admin/offices/*/archive/**",
						"/*/admin/offices/*/unarchive/**", "/*/admin/reports/by-email", "/*/admin/reports/by-email/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/*/admin/offices")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/fr/admin/login")
				.loginProcessingUrl("/*/admin/login")
				.successHandler(new SignedIn(staff, pageToReturnTo))
				.failureHandler(
						(request, response, exception) -> response.sendRedirect(adminPath(request, "/login?error"))))
			.requestCache((cache) -> cache.requestCache(pageToReturnTo))
			// The sign-in form has no token (its page has no session to keep one in): the
			// cross-site check protects it.
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionCsrfTokens()).ignoringRequestMatchers(LOGIN_FORM))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, exception) -> response.sendRedirect(adminPath(request, "/login")))
				.accessDeniedHandler(
						(request, response, denied) -> refuse(request, response, denied, audit, endedSessions)))
			.logout((logout) -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/*/admin/logout"))
				.logoutSuccessHandler((request, response, authentication) -> response
					.sendRedirect(adminPath(request, "/login?loggedOut"))))
			.addFilterBefore(new CrossSiteFormFilter(this.baseUrl), CsrfFilter.class)
			.addFilterBefore(new SignInThrottleFilter(audit), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::notCached);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// The only public form (report a problem) changes no signed-in state: a CSRF
			// token would need a session, and a cookie on every office page. Posts from
			// other sites are refused instead.
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new CrossSiteFormFilter(this.baseUrl), CsrfFilter.class)
			// The security headers come from SecurityHeadersFilter; caching from the
			// pages.
			.headers((headers) -> headers.disable());
		return http.build();
	}

	/**
	 * Staff pages are never kept by a browser or a cache; the security headers come from
	 * {@link SecurityHeadersFilter}.
	 */
	private static void notCached(HeadersConfigurer<HttpSecurity> headers) {
		headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
	}

	/**
	 * A staff page in the language of the request's page.
	 */
	private String adminPath(HttpServletRequest request, String rest) {
		return "/" + SiteLanguage.of(this.locales.resolveLocale(request)).getTag() + "/admin" + rest;
	}

	/**
	 * Records a refused request, then says why. A form sent after the session ended (its
	 * CSRF token ended with it) leads to the sign-in page, which says so; a form opened
	 * before the last sign-in gets a page saying to open it again. Either way, an office
	 * form is kept and shown again as typed, after the sign-in if needed, when it comes
	 * from a signed-in session. Anything else gets the page that says the account does
	 * not allow it.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied,
			AuditLog audit, EndedSessions endedSessions) throws IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = user != null && !(user instanceof AnonymousAuthenticationToken) && user.isAuthenticated();
		// Recorded for members of staff only: a visitor's refusals, as many as they send,
		// would fill the log.
		if (signedIn) {
			audit.refused(user.getName(), request.getRequestURI(), request.getRemoteAddr());
		}
		if (denied instanceof CsrfException) {
			boolean kept = UnsavedForm.keep(request, signedIn, endedSessions::take);
			if (!signedIn) {
				response.sendRedirect(adminPath(request, kept ? "/login?expired=kept" : "/login?expired"));
				return;
			}
			if (kept) {
				response.sendRedirect(UnsavedForm.waitingPage(request).orElseThrow());
				return;
			}
			ErrorPages.send(request, response, HttpStatus.FORBIDDEN, "formExpired");
			return;
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private static String accountKey(String username) {
		return "account:" + username;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/**
	 * Where a member of staff lands once signed in: the form they had typed, kept when
	 * their session ended; else the staff page they had asked for; else the staff home
	 * page, by a relative redirect. The session notes which password it was opened with.
	 */
	private final class SignedIn implements AuthenticationSuccessHandler {

		private final StaffAccounts staff;

		private final CookieRequestCache pageToReturnTo;

		SignedIn(StaffAccounts staff, CookieRequestCache pageToReturnTo) {
			this.staff = staff;
			this.pageToReturnTo = pageToReturnTo;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			StaffSessions.opened(request, this.staff.current(authentication.getName()));
			// A sign-in that succeeds is no failure: its attempt is given back.
			SecurityConfiguration.this.signInFailures.giveBack(accountKey(authentication.getName()));
			SecurityConfiguration.this.signInFailures.giveBack(addressKey(ClientAddress.key(request)));
			SavedRequest asked = this.pageToReturnTo.getRequest(request, response);
			if (asked != null) {
				this.pageToReturnTo.removeRequest(request, response);
			}
			String target = UnsavedForm.waitingPage(request)
				.or(() -> Optional.ofNullable(asked).flatMap((saved) -> staffPage(saved.getRedirectUrl())))
				.orElseGet(() -> adminPath(request, ""));
			response.sendRedirect(target);
		}

		/**
		 * The path and query of a staff page's address (the saved request's is absolute,
		 * built from the request's host): nothing else is a place to return to.
		 */
		private static Optional<String> staffPage(String address) {
			try {
				URI page = URI.create(address);
				if (page.getRawPath() == null || !page.getRawPath().matches("/(fr|nl|en)/admin(/[\\w./-]*)?")
						|| page.getRawPath().contains("//")) {
					return Optional.empty();
				}
				return Optional.of(page.getRawPath() + ((page.getRawQuery() != null) ? "?" + page.getRawQuery() : ""));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	}

	/**
	 * Refuses to check a password while the account or the client must wait after
	 * repeated failures, and says for how long. The user name goes on to sign-in in the
	 * one form that the throttle counts and the audit log records.
	 */
	private final class SignInThrottleFilter extends OncePerRequestFilter {

		private final AuditLog audit;

		SignInThrottleFilter(AuditLog audit) {
			this.audit = audit;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !LOGIN_FORM.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String username = StaffAccount.normaliseUsername(request.getParameter("username")).orElse("");
			Throttle attempts = SecurityConfiguration.this.signInFailures;
			String address = addressKey(ClientAddress.key(request));
			// The address first: a client that must wait makes no account wait.
			Duration wait = attempts.tryAttempt(address);
			if (wait.isZero()) {
				wait = attempts.tryAttempt(accountKey(username));
				if (!wait.isZero()) {
					attempts.giveBack(address);
				}
			}
			if (wait.isZero()) {
				chain.doFilter(new HttpServletRequestWrapper(request) {
					@Override
					public String getParameter(String name) {
						return "username".equals(name) ? username : super.getParameter(name);
					}
				}, response);
				return;
			}
			this.audit.throttled(username, request.getRemoteAddr());
			long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
			response.sendRedirect(adminPath(request, "/login?wait=" + minutes));
		}

	}

}
