package be.brussels.mediation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link FormBinding} reads a form's text field when it is not one line of text read
 * without the spaces around it.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FormText {

	/**
	 * Several lines: line breaks and tabs are part of the text.
	 */
	boolean multiLine() default false;

	/**
	 * Read exactly as typed, spaces around it included (a password).
	 */
	boolean asTyped() default false;

}
