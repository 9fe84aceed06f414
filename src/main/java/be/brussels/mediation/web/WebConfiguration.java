package be.brussels.mediation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-cutting MVC set-up: the page language from the URL, HTTP caching of public pages,
 * and the start-up line that tells where the site is.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(WebConfiguration.class);

	/**
	 * Public pages that do not say whether offices are open change only when staff edit
	 * an office: shared caches may keep them a few minutes.
	 */
	static final CacheControl PUBLIC_PAGES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final Clock clock;

	private final RateLimitProperties rateLimits;

	WebConfiguration(Clock clock, RateLimitProperties rateLimits) {
		this.clock = clock;
		this.rateLimits = rateLimits;
	}

	/**
	 * The HTTP timings by route (Spring's observation of each request, as Spring Boot
	 * would register it), after the page cache: a kept page is timed by the cache, under
	 * the same name, route and status, at a fraction of the cost.
	 */
	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> httpTimings(ObservationRegistry observations) {
		FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
				new ServerHttpObservationFilter(observations));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	/** The site's texts, instead of Spring Boot's: see {@link SiteMessages}. */
	@Bean
	MessageSource messageSource() {
		return new SiteMessages();
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PathLocaleResolver();
	}

	/**
	 * Every page lives under its language ({@code /fr/offices/marolles}), but for the
	 * controllers {@link WithoutLanguagePrefix}.
	 */
	@Override
	public void configurePathMatch(PathMatchConfigurer configurer) {
		configurer.addPathPrefix(SiteLanguage.PATH_PREFIX, HandlerTypePredicate.forBasePackage("be.brussels.mediation")
			.and((type) -> !type.isAnnotationPresent(WithoutLanguagePrefix.class)));
	}

	/**
	 * Requests that Tomcat refuses itself get the site's plain trilingual page. Added
	 * after Spring Boot's own error valve, so that it reports first.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrors(MessageSource messages) {
		return (factory) -> factory.addContextCustomizers(
				(context) -> context.getParent().getPipeline().addValve(new PlainErrorReportValve(messages)));
	}

	/**
	 * The access log, unless {@code mediation.access-log=false} (read at start-up, not as
	 * a condition, which Spring AOT would fix at build time).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> accessLog(
			@Value("${mediation.access-log:true}") boolean enabled) {
		return (factory) -> {
			if (enabled) {
				factory.addEngineValves(new AccessLogValve());
			}
		};
	}

	/**
	 * Forwarded client addresses are believed only from the proxies named in
	 * {@code mediation.trusted-proxies} (none by default, not even this machine): the
	 * client is the right-most forwarded address that is not one of them. Runs after
	 * Spring Boot's customizer, which adds the valve.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
			@Value("${mediation.trusted-proxies:}") List<String> proxies) {
		String networks = networks(proxies);
		return (factory) -> factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach((valve) -> {
				valve.setInternalProxies(networks);
				valve.setTrustedProxies(null);
			});
	}

	/**
	 * The proxies as networks in CIDR notation, the form Tomcat reads as a list: a single
	 * address is its own /32 or /128.
	 * @throws IllegalArgumentException naming the setting when an entry is no address
	 */
	static String networks(List<String> proxies) {
		List<String> networks = new ArrayList<>();
		for (String proxy : proxies) {
			String entry = proxy.strip();
			if (entry.isEmpty()) {
				continue;
			}
			String network = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
			try {
				// Addresses only: a host name would be looked up once, at start-up.
				if (!network.matches("[0-9A-Fa-f:.]+/\\d{1,3}")) {
					throw new IllegalArgumentException("not an address");
				}
				new NetMask(network);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("MEDIATION_TRUSTED_PROXIES: '" + entry
						+ "' is not an IP address or network (e.g. 10.0.0.5 or 172.16.0.0/12)", ex);
			}
			networks.add(network);
		}
		return String.join(",", networks);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RateLimits(this.rateLimits.pagesPerMinute()))
			.addPathPatterns("/*/search", "/*/nearest", "/*/offices/*/report", "/api/hsds/**");
		registry.addInterceptor(new RateLimits(this.rateLimits.suggestionsPerMinute())).addPathPatterns("/*/streets");
		registry.addInterceptor(new FormFieldNames());
		registry.addInterceptor(new ErrorsInFieldOrder());
		registry.addInterceptor(PublicPageCaching.asChangedByStaff())
			.addPathPatterns("/*/accessibility", "/*/offices.geojson", "/*/streets", "/*/offices/*/report",
					"/sitemap.xml", "/robots.txt", "/api/hsds/**", "/*/open-data", "/*/privacy", "/open-data/**");
		registry.addInterceptor(PublicPageCaching.untilNextMinute(this.clock))
			.addPathPatterns("/*/", "/*/offices", "/*/offices/*", "/*/search", "/*/nearest",
					"/*/offices/*/closures.ics", "/*/offices/*/contact.vcf");
	}

	/** Says where the site answers, once: not for the management server's port. */
	@EventListener
	void logSiteAddress(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			logger.info("Mediation Directory is running at http://localhost:{}/", event.getWebServer().getPort());
		}
	}

}
