package be.brussels.mediation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose paths do not start with a page language ({@code /fr}, {@code /nl},
 * {@code /en}): the root, which picks a language, the error pages, which speak the failed
 * page's, what crawlers look for at the root ({@code /robots.txt}, {@code /sitemap.xml}),
 * and the open data API.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithoutLanguagePrefix {

}
