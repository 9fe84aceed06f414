package be.brussels.mediation.opendata;

import org.springframework.http.HttpStatus;

/**
 * A request the HSDS API refuses: an unknown id (404) or a parameter it cannot take
 * (400), with the message that says why.
 */
class HsdsRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	private HsdsRequestException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	static HsdsRequestException notFound() {
		return new HsdsRequestException(HttpStatus.NOT_FOUND, "opendata.error.notFound");
	}

	static HsdsRequestException badRequest(String messageKey, Object... arguments) {
		return new HsdsRequestException(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	HttpStatus status() {
		return this.status;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
