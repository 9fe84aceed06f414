package be.brussels.mediation.office;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Days that differ from the weekly hours: the office is closed, open other hours, or open
 * as usual on a public holiday.
 */
@Embeddable
public record OpeningException(@Column(name = "first_day") LocalDate firstDay,
		@Column(name = "last_day") LocalDate lastDay, @Column(name = "kind") @Enumerated(EnumType.STRING) Kind kind,
		@Column(name = "opens") LocalTime opens, @Column(name = "closes") LocalTime closes,
		@Embedded @AttributeOverrides( {
				@AttributeOverride(name = "fr", column = @Column(name = "reason_fr")),
				@AttributeOverride(name = "nl", column = @Column(name = "reason_nl")),
				@AttributeOverride(name = "en", column = @Column(name = "reason_en")) }) LocalizedText reason){

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

	/**
	 * What an exception does to its days.
	 */
	public enum Kind {

		/**
		 * Closed all day.
		 */
		CLOSED,

		/**
		 * Open only from {@code opens} to {@code closes}.
		 */
		HOURS,

		/**
		 * Open the usual hours, even on a public holiday.
		 */
		OPEN

	}

}
