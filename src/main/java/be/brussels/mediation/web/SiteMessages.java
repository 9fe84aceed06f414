package be.brussels.mediation.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The site's texts ({@code messages/messages*.properties}), in French when a text is
 * missing in another language, whatever the server's own locale. Every text goes through
 * {@link MessageFormat}, with or without arguments, so that an apostrophe is always
 * written twice: {@code ''}.
 * <p>
 * Each text is formatted with a copy of its format: Spring formats with the one format it
 * keeps, locked while it formats ({@code MessageFormat} is not thread-safe), so that
 * every page rendered at the same time queued on the layout's texts, and under load the
 * waiting cost more CPU than the rendering.
 */
public class SiteMessages extends ResourceBundleMessageSource {

	public SiteMessages() {
		setBasename("messages/messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setAlwaysUseMessageFormat(true);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return (shared != null) ? (MessageFormat) shared.clone() : null;
	}

}
