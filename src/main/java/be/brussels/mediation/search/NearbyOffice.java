package be.brussels.mediation.search;

import be.brussels.mediation.office.Office;

/**
 * An office and how far it is, in metres, from where the resident is or lives.
 */
public record NearbyOffice(Office office, double metres) {

}
