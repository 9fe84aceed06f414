package be.brussels.mediation.web;

import java.io.CharArrayWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per request of the site (not of the management port) in the
 * application's log, logger {@code access}, so that it takes the log's format (JSON when
 * {@code logging.structured.format.console} is set) and writes no file. The client (as
 * the trusted proxy says), method, path without its query string (what residents search
 * stays out of the log), status, bytes and milliseconds.
 */
class AccessLogValve extends AbstractAccessLogValve {

	private static final Logger logger = LoggerFactory.getLogger("access");

	AccessLogValve() {
		setPattern("%a \"%m %U %H\" %s %b %{ms}T ms");
		setAsyncSupported(true);
	}

	/** Formats the line only when the logger writes it. */
	@Override
	public void log(Request request, Response response, long time) {
		if (logger.isInfoEnabled()) {
			super.log(request, response, time);
		}
	}

	@Override
	protected void log(CharArrayWriter message) {
		logger.info(message.toString());
	}

}
