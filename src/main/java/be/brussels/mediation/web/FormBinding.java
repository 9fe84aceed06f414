package be.brussels.mediation.web;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.lang.reflect.Field;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one way every form of the site reads what was sent. Text is read without the spaces
 * around it, blank as empty ({@code null}); text holding a control character (NUL
 * included; line breaks and tabs aside in a {@link FormText#multiLine() multi-line}
 * field) is refused with a field error, never stored. Field names that no form has the
 * shape of are turned away before binding by {@link FormFieldNames}; should the binder
 * still meet one, the answer is the site's 400 page.
 */
@ControllerAdvice
public class FormBinding {

	/**
	 * Applies to forms (binders with a target); single request parameters and path
	 * variables are read by their controllers.
	 */
	@InitBinder
	void readText(WebDataBinder binder) {
		if (binder.getTarget() != null || binder.getTargetType() != null) {
			apply(binder);
		}
	}

	/**
	 * Gives a binder the site's way of reading text: for binders the site makes itself.
	 */
	public static void apply(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor(false, false));
		Class<?> form = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		if (form != null) {
			ReflectionUtils.doWithFields(form, (field) -> {
				FormText text = field.getAnnotation(FormText.class);
				binder.registerCustomEditor(String.class, field.getName(),
						new TextEditor(text.multiLine(), text.asTyped()));
			}, (Field field) -> field.isAnnotationPresent(FormText.class) && field.getType() == String.class);
		}
	}

	@ExceptionHandler(InvalidPropertyException.class)
	void malformedFieldName(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/**
	 * Reads one text field; a refused text is a type mismatch, which the form shows as an
	 * error beside the field ({@code typeMismatch.java.lang.String}).
	 */
	private static final class TextEditor extends PropertyEditorSupport {

		private final boolean multiLine;

		private final boolean asTyped;

		TextEditor(boolean multiLine, boolean asTyped) {
			this.multiLine = multiLine;
			this.asTyped = asTyped;
		}

		@Override
		public void setAsText(String text) {
			if (text == null) {
				setValue(null);
				return;
			}
			boolean refused = text.chars()
				.anyMatch(
						(c) -> Character.isISOControl(c) && !(this.multiLine && (c == '\n' || c == '\r' || c == '\t')));
			if (refused) {
				throw new IllegalArgumentException("Text with a control character");
			}
			String value = this.asTyped ? text : text.strip();
			setValue(value.isEmpty() ? null : value);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
