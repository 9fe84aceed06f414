package be.brussels.mediation.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.map.MapProperties;
import be.brussels.mediation.web.ErrorPages;
import be.brussels.mediation.web.SiteLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP security. Public pages are served without a session, so that they set no cookie
 * and stay cacheable; staff pages under {@code /{lang}/admin} need a signed-in account,
 * with a session, CSRF tokens and throttled sign-in. Every page gets a strict
 * Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher LOGIN_FORM = paths.matcher(HttpMethod.POST, "/*/admin/login");

	/**
	 * Failed sign-ins per account and per address: 5 a minute, 10 in 15 minutes, 20 an
	 * hour, so that each series of failures waits longer.
	 */
	private final Throttle signInFailures = new Throttle(List.of(Throttle.limit(5, Duration.ofMinutes(1)),
			Throttle.limit(10, Duration.ofMinutes(15)), Throttle.limit(20, Duration.ofHours(1))));

	private final String contentSecurityPolicy;

	private final LocaleResolver locales;

	SecurityConfiguration(MapProperties map, LocaleResolver locales) {
		// Scripts and styles only from our own files; images from us and the map's tile
		// server.
		this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
				+ map.tileOrigin() + "; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
				+ "frame-ancestors 'none'";
		this.locales = locales;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffArea(HttpSecurity http, AuditLog audit) throws Exception {
		http.securityMatcher("/*/admin", "/*/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/*/admin/login")
				.permitAll()
				.requestMatchers("/*/admin/accounts", "/*/admin/accounts/**", "/*/admin/audit", "/*/admin/offices/new",
						"/*/admin/offices/*/archive", "/*/admin/offices/*/unarchive")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/*/admin/offices")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/fr/admin/login")
				.loginProcessingUrl("/*/admin/login")
				.successHandler(new SavedRequestAwareAuthenticationSuccessHandler() {
					@Override
					protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
						return UnsavedForm.waitingPage(request).orElse(adminPath(request, ""));
					}
				})
				.failureHandler((request, response, exception) -> response
					.sendRedirect(adminPath(request, "/login?" + failureReason(exception)))))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, exception) -> response.sendRedirect(adminPath(request, "/login")))
				.accessDeniedHandler((request, response, denied) -> refuse(request, response, denied, audit)))
			.logout((logout) -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/*/admin/logout"))
				.logoutSuccessHandler((request, response, authentication) -> response
					.sendRedirect(adminPath(request, "/login?loggedOut"))))
			.addFilterBefore(new SignInThrottleFilter(audit), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers(this::headers)
			.headers((headers) -> headers.cacheControl(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// The only public form (report a problem) changes no signed-in state: a CSRF
			// token would need a session, and a cookie on every office page.
			.csrf((csrf) -> csrf.disable())
			.headers(this::headers)
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable()));
		return http.build();
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(this.contentSecurityPolicy))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
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
	 * form sent from the site's own page is kept and shown again as typed, after the
	 * sign-in if needed. Anything else gets the page that says the account does not allow
	 * it.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied,
			AuditLog audit) throws IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = user != null && !(user instanceof AnonymousAuthenticationToken) && user.isAuthenticated();
		audit.refused(signedIn ? user.getName() : "", request.getRequestURI(), request.getRemoteAddr());
		if (denied instanceof CsrfException) {
			boolean kept = UnsavedForm.keep(request);
			if (!signedIn) {
				response.sendRedirect(adminPath(request, kept ? "/login?expired=kept" : "/login?expired"));
				return;
			}
			if (kept) {
				response.sendRedirect(UnsavedForm.waitingPage(request).orElseThrow());
				return;
			}
			request.setAttribute(ErrorPages.KIND, "formExpired");
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private static String failureReason(AuthenticationException exception) {
		return (exception instanceof DisabledException) ? "disabled" : "error";
	}

	// Counted before anything else hears of the failure, so that nothing can skip it.
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void countFailure(AbstractAuthenticationFailureEvent event) {
		this.signInFailures.count(accountKey(event.getAuthentication().getName()));
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.signInFailures.count(addressKey(details.getRemoteAddress()));
		}
	}

	private static String accountKey(String username) {
		return "account:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/**
	 * Refuses to check a password while the account or the address must wait after
	 * repeated failures, and says for how long.
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
			String username = request.getParameter("username");
			Duration wait = max(SecurityConfiguration.this.signInFailures.waitFor(accountKey(username)),
					SecurityConfiguration.this.signInFailures.waitFor(addressKey(request.getRemoteAddr())));
			if (wait.isZero()) {
				chain.doFilter(request, response);
				return;
			}
			this.audit.throttled(username, request.getRemoteAddr());
			long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
			response.sendRedirect(adminPath(request, "/login?wait=" + minutes));
		}

		private static Duration max(Duration a, Duration b) {
			return (a.compareTo(b) >= 0) ? a : b;
		}

	}

}
