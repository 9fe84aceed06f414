package be.brussels.mediation.web;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

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

	WebConfiguration(Clock clock) {
		this.clock = clock;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PathLocaleResolver();
	}

	/**
	 * Every page lives under its language ({@code /fr/offices/marolles}); only the root,
	 * which picks a language, does not.
	 */
	@Override
	public void configurePathMatch(PathMatchConfigurer configurer) {
		configurer.addPathPrefix(SiteLanguage.PATH_PREFIX, HandlerTypePredicate.forBasePackage("be.brussels.mediation")
			.and((type) -> type != LanguageRedirectController.class));
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor caching = new WebContentInterceptor();
		caching.setCacheControl(PUBLIC_PAGES);
		registry.addInterceptor(caching).addPathPatterns("/*/accessibility", "/*/offices.geojson", "/*/streets");
		registry.addInterceptor(new OpenNowCaching(this.clock))
			.addPathPatterns("/*/", "/*/offices/*", "/*/search", "/*/my-office", "/*/nearest",
					"/*/offices/*/closures.ics");
	}

	@EventListener
	void logSiteAddress(WebServerInitializedEvent event) {
		logger.info("Mediation Directory is running at http://localhost:{}/", event.getWebServer().getPort());
	}

}
