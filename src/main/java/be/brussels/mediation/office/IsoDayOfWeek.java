package be.brussels.mediation.office;

import java.time.DayOfWeek;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a day of the week as its ISO number, 1 for Monday to 7 for Sunday.
 */
@Converter(autoApply = true)
class IsoDayOfWeek implements AttributeConverter<DayOfWeek, Short> {

	@Override
	public Short convertToDatabaseColumn(DayOfWeek day) {
		return (day != null) ? (short) day.getValue() : null;
	}

	@Override
	public DayOfWeek convertToEntityAttribute(Short value) {
		return (value != null) ? DayOfWeek.of(value) : null;
	}

}
