package be.brussels.mediation.security;

import be.brussels.mediation.map.MapProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * HTTP security: every page is public for now, served with a strict
 * Content-Security-Policy and without a session, so that public pages set no cookie and
 * stay cacheable.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain publicSite(HttpSecurity http, MapProperties map) throws Exception {
		// Scripts and styles only from our own files; images from us and the map's tile
		// server.
		String contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
				+ map.tileOrigin() + "; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
				+ "frame-ancestors 'none'";
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.cacheControl((cacheControl) -> cacheControl.disable()));
		return http.build();
	}

}
