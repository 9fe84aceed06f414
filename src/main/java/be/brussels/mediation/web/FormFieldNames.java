package be.brussels.mediation.web;

import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Which field names a form has the shape of, checked before binding so that a crafted
 * name can neither reach into a value ({@code message.x}), nor index one ({@code q[0]}),
 * nor fill a list with empty rows ({@code _languages[0]}). A plain name is always
 * accepted (the binder ignores those a form lacks, such as a tracking parameter); a name
 * with a path must follow the form's own lists and rows ({@code phones[2]},
 * {@code sessions[0].opens}); a field marker ({@code _languages}, {@code !enabled})
 * prefixes a plain name only. Anything else is answered with the site's 400 page.
 */
public final class FormFieldNames implements HandlerInterceptor {

	/** One step of a path: a property, with a list index or not. */
	private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})\\])?");

	private static final int MAX_DEPTH = 2;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		List<Class<?>> forms = Arrays.stream(method.getMethodParameters())
			.filter((parameter) -> parameter.hasParameterAnnotation(ModelAttribute.class))
			.<Class<?>>map(MethodParameter::getParameterType)
			.toList();
		if (forms.isEmpty()) {
			// Nothing is bound from the request's fields.
			return true;
		}
		for (String name : request.getParameterMap().keySet()) {
			if (forms.stream().noneMatch((form) -> fits(form, name))) {
				request.setAttribute(ErrorPages.REASON, "no form has a field named " + name);
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether each name is one the form may be sent.
	 */
	public static boolean fit(Class<?> form, Collection<String> names) {
		return names.stream().allMatch((name) -> fits(form, name));
	}

	private static boolean fits(Class<?> form, String name) {
		boolean marked = name.startsWith("_") || name.startsWith("!");
		String field = marked ? name.substring(1) : name;
		if (field.indexOf('.') < 0 && field.indexOf('[') < 0 && field.indexOf(']') < 0) {
			return true;
		}
		return !marked && followsTheForm(ResolvableType.forClass(form), field.split("\\.", -1));
	}

	private static boolean followsTheForm(ResolvableType form, String[] steps) {
		if (steps.length > MAX_DEPTH) {
			return false;
		}
		ResolvableType current = form;
		for (int i = 0; i < steps.length; i++) {
			Matcher step = STEP.matcher(steps[i]);
			Class<?> owner = current.resolve();
			if (!step.matches() || owner == null || !isRow(owner)) {
				return false;
			}
			PropertyDescriptor property = BeanUtils.getPropertyDescriptor(owner, step.group(1));
			boolean last = i == steps.length - 1 && step.group(2) == null;
			if (property == null || property.getReadMethod() == null || (last && property.getWriteMethod() == null)) {
				return false;
			}
			current = ResolvableType.forMethodReturnType(property.getReadMethod());
			if (step.group(2) != null) {
				if (!List.class.isAssignableFrom(current.toClass())) {
					return false;
				}
				current = current.asCollection().getGeneric(0);
			}
		}
		return BeanUtils.isSimpleValueType(current.toClass());
	}

	/**
	 * Whether a type is a form or a row of one: fields, rather than one value or a list.
	 */
	private static boolean isRow(Class<?> type) {
		return !BeanUtils.isSimpleValueType(type) && !Collection.class.isAssignableFrom(type)
				&& !Map.class.isAssignableFrom(type) && !type.isArray();
	}

}
