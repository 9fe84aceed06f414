package be.brussels.mediation.office;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A dated message about an office, such as "closed for works until 3 March", shown from
 * one day to another.
 */
@Embeddable
public record Notice(@Column(name = "visible_from") LocalDate visibleFrom,
		@Column(name = "visible_until") LocalDate visibleUntil, @Embedded @AttributeOverrides( {
				@AttributeOverride(name = "fr", column = @Column(name = "text_fr")),
				@AttributeOverride(name = "nl", column = @Column(name = "text_nl")),
				@AttributeOverride(name = "en", column = @Column(name = "text_en")) }) LocalizedText text){

	public boolean isVisibleOn(LocalDate day) {
		return !day.isBefore(this.visibleFrom) && !day.isAfter(this.visibleUntil);
	}

}
