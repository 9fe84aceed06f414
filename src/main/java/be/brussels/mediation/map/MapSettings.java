package be.brussels.mediation.map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's model the map settings as {@code map}, for the map fragment.
 */
@ControllerAdvice
class MapSettings {

	private final MapProperties map;

	MapSettings(MapProperties map) {
		this.map = map;
	}

	@ModelAttribute("map")
	MapProperties map() {
		return this.map;
	}

}
