package be.brussels.mediation.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat refuses some malformed requests (an invalid URL encoding, for one) before they
 * reach the application. This valve answers them with a short page in the three languages
 * instead of Tomcat's own English one, with the security headers of every other page;
 * everything else goes to the site's error pages.
 */
class PlainErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(PlainErrorReportValve.class);

	private final String clientError;

	private final String serverError;

	PlainErrorReportValve(MessageSource messages) {
		this.clientError = page(messages, "clientError");
		this.serverError = page(messages, "serverError");
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status < 500) {
			logger.warn("{} for {} {}: refused by Tomcat", status, request.getMethod(),
					String.valueOf(request.getRequestURI()).replaceAll("\\p{Cntrl}", "?"));
		}
		try {
			addSecurityHeaders(request, response);
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write((status >= 500) ? this.serverError : this.clientError);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response is committed: nothing more can be sent.
		}
	}

	/**
	 * The site's headers: its policy less what this page does not use (scripts, the map's
	 * tiles); not kept by any cache.
	 */
	private static void addSecurityHeaders(Request request, Response response) {
		SecurityHeaders.write(response, "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; "
				+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'", request.isSecure());
		response.setHeader("Cache-Control", "no-store");
	}

	private static String page(MessageSource messages, String kind) {
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"><title>");
		page.append(text(messages, "error." + kind + ".title", SiteLanguage.FR))
			.append(" – ")
			.append(text(messages, "site.city", SiteLanguage.FR))
			.append("</title></head><body><a class=\"skip-link\" href=\"#main\">")
			.append(text(messages, "site.skipToContent", SiteLanguage.FR))
			.append("</a><main id=\"main\" class=\"wrapper\" tabindex=\"-1\">");
		for (SiteLanguage language : SiteLanguage.values()) {
			String tag = language.getTag();
			page.append("<section lang=\"")
				.append(tag)
				.append("\"><h")
				.append((language == SiteLanguage.FR) ? "1" : "2")
				.append('>')
				.append(text(messages, "error." + kind + ".title", language))
				.append("</h")
				.append((language == SiteLanguage.FR) ? "1" : "2")
				.append("><p>")
				.append(text(messages, "error." + kind + ".text", language))
				.append("</p><p><a href=\"/")
				.append(tag)
				.append("/\">")
				.append(text(messages, "error.backHome", language))
				.append("</a></p></section>");
		}
		return page.append("</main></body></html>").toString();
	}

	private static String text(MessageSource messages, String key, SiteLanguage language) {
		Locale locale = language.locale();
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
	}

}
