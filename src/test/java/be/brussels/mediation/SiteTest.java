package be.brussels.mediation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a fresh PostgreSQL, on a random port and with MockMvc, with no
 * map tile server (tests reach nothing outside this machine), and 127.0.0.1 as the one
 * trusted proxy. Every test class that needs the database uses this one annotation, so
 * the suite shares one application context. Each test starts with no page kept rendered.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mediation.embedded-database.directory=", "mediation.map.tile-url=",
				// The tests' own requests stand for a proxy on this machine.
				"mediation.trusted-proxies=127.0.0.1", "mediation.admin.username=" + StaffBrowser.ADMIN,
				"mediation.admin.password=" + StaffBrowser.ADMIN_PASSWORD,
				"mediation.accessibility.email=accessibilite@example.org", "mediation.access-log=false" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestClock.Configuration.class })
@ExtendWith(FreshPages.class)
public @interface SiteTest {

}
