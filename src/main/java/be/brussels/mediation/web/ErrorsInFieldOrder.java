package be.brussels.mediation.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts a form's errors in the order of its fields before the page is shown, so that the
 * error summary lists them as the resident meets the fields: errors about the whole form
 * first, then each field in the order its form class declares it (rows of a list by their
 * number, and the fields of a row in their order). Validation finds errors in no order of
 * its own.
 */
class ErrorsInFieldOrder implements HandlerInterceptor {

	/**
	 * A step of a field's path: {@code phones[2]}, {@code opens}; a row number that fits
	 * an int.
	 */
	private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d{1,9})])?");

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null) {
			return;
		}
		page.getModel()
			.replaceAll((name, value) -> (value instanceof BindingResult result && result.getErrorCount() > 1
					&& result.getTarget() != null) ? inFieldOrder(result) : value);
	}

	/**
	 * The same errors on the same form, in field order, read back with the site's text
	 * editors as the form was bound.
	 */
	private static BindingResult inFieldOrder(BindingResult result) {
		WebDataBinder binder = new WebDataBinder(result.getTarget(), result.getObjectName());
		FormBinding.apply(binder);
		BindingResult sorted = binder.getBindingResult();
		Class<?> form = result.getTarget().getClass();
		Set<String> fields = new HashSet<>();
		result.getAllErrors()
			.stream()
			.filter((error) -> !(error instanceof FieldError field) || fields.add(field.getField()))
			.sorted(Comparator.comparing((ObjectError error) -> position(form, error), ErrorsInFieldOrder::compare))
			.forEach(sorted::addError);
		return sorted;
	}

	/**
	 * Where an error's field comes in its form: for each step of its path, the field's
	 * rank among its class's fields and its row number; empty for the whole form.
	 */
	private static List<Integer> position(Class<?> form, ObjectError error) {
		List<Integer> position = new ArrayList<>();
		if (!(error instanceof FieldError field)) {
			return position;
		}
		Class<?> type = form;
		Matcher step = STEP.matcher(field.getField());
		while (step.find()) {
			List<Field> fields = List.of(type.getDeclaredFields());
			Field declared = fields.stream().filter((f) -> f.getName().equals(step.group(1))).findFirst().orElse(null);
			position.add((declared != null) ? fields.indexOf(declared) : Integer.MAX_VALUE);
			position.add((step.group(2) != null) ? Integer.parseInt(step.group(2)) : -1);
			if (declared == null) {
				break;
			}
			type = elementType(declared);
		}
		return position;
	}

	private static Class<?> elementType(Field field) {
		Type generic = field.getGenericType();
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return field.getType();
	}

	private static int compare(List<Integer> first, List<Integer> second) {
		for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
			int order = Integer.compare(first.get(i), second.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(first.size(), second.size());
	}

}
