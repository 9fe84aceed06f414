package be.brussels.mediation.office;

/**
 * How a wheelchair user, or someone with a pram, gets into the office's premises.
 */
public enum Accessibility {

	UNKNOWN, STEP_FREE, PARTLY_STEP_FREE, NOT_STEP_FREE

}
