package be.brussels.mediation.office;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One weekly opening of an office: a day, from when to when, and whether residents walk
 * in or come by appointment.
 */
@Embeddable
public record OpeningSession(@Column(name = "day_of_week") DayOfWeek day, @Column(name = "opens") LocalTime opens,
		@Column(name = "closes") LocalTime closes, @Column(name = "mode") @Enumerated(EnumType.STRING) Mode mode) {

	/**
	 * How residents come during a session.
	 */
	public enum Mode {

		WALK_IN, APPOINTMENT

	}

}
