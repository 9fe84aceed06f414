package be.brussels.mediation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request whose field names no form of ours has the shape of ({@code q[0]=},
 * {@code nameFr.x=}, a row number past the form's rows) is a bad request, answered with
 * the site's plain 400 page, not a server error.
 */
@ControllerAdvice
class MalformedFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	void malformedFieldName(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
