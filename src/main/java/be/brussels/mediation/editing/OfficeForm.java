package be.brussels.mediation.editing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.mediation.office.Accessibility;
import be.brussels.mediation.office.Address;
import be.brussels.mediation.office.GeoPoint;
import be.brussels.mediation.office.LocalizedText;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PhoneNumber;
import be.brussels.mediation.web.FormText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The office's editable content, as staff edit it: every field as typed, so that a
 * refused form comes back exactly as it was sent. It is the one model of that content:
 * the form is bound to it, the office is written from it ({@link #applyTo}) and read into
 * it ({@link #from}), and a revision keeps it, as JSON in the format {@link #SCHEMA} (the
 * number inside), so that any revision can be compared and restored. Its fields are
 * declared in the order the form shows them, which is the order of its error summary and
 * of the history; each field's label is {@code admin.office.field.} and its name. A new
 * field takes its place here, in the entity, the form's template and the bundles.
 */
public class OfficeForm {

	/**
	 * The format of the content that revisions keep. Format 1 had no number inside and
	 * held the office's address (slug); V18 brought the stored revisions to format 2. A
	 * change of format (a field renamed, moved or removed) takes a migration of the
	 * stored revisions and a new number: revisions in another format are refused, never
	 * read with values missing.
	 */
	static final int SCHEMA = 2;

	/**
	 * The office's version the form was filled from (a hidden field, the form's first).
	 */
	@JsonIgnore
	private long version;

	/** The new office's address: not content, and not kept by revisions. */
	@JsonIgnore
	@Size(max = 60)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@NotBlank
	@Size(max = 100)
	@Prose
	private String districtFr;

	@NotBlank
	@Size(max = 100)
	@Prose
	private String districtNl;

	@Size(max = 100)
	@Prose
	private String districtEn;

	@NotBlank
	@Size(max = 200)
	@Prose
	private String nameFr;

	@NotBlank
	@Size(max = 200)
	@Prose
	private String nameNl;

	@Size(max = 200)
	@Prose
	private String nameEn;

	@Size(max = 2000)
	@FormText(multiLine = true)
	@Prose
	private String descriptionFr;

	@Size(max = 2000)
	@FormText(multiLine = true)
	@Prose
	private String descriptionNl;

	@Size(max = 2000)
	@FormText(multiLine = true)
	@Prose
	private String descriptionEn;

	@NotBlank
	@Size(max = 200)
	@Prose
	private String streetFr;

	@NotBlank
	@Size(max = 200)
	@Prose
	private String streetNl;

	@NotBlank
	@Size(max = 20)
	private String number;

	@NotBlank
	private String postalCode;

	@NotBlank
	@Size(max = 100)
	@Prose
	private String localityFr;

	@NotBlank
	@Size(max = 100)
	@Prose
	private String localityNl;

	@NotBlank
	private String latitude;

	@NotBlank
	private String longitude;

	private boolean approximate = true;

	private List<String> phones = new ArrayList<>();

	private List<HoursRows.SessionRow> sessions = new ArrayList<>();

	private List<HoursRows.ExceptionRow> exceptions = new ArrayList<>();

	private List<HoursRows.NoticeRow> notices = new ArrayList<>();

	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	@Size(max = 254)
	private String email;

	@Size(max = 500)
	private String website;

	private List<String> languages = new ArrayList<>();

	@NotNull
	private Accessibility accessibility = Accessibility.UNKNOWN;

	@Size(max = 500)
	@Prose
	private String accessibilityNoteFr;

	@Size(max = 500)
	@Prose
	private String accessibilityNoteNl;

	@Size(max = 500)
	@Prose
	private String accessibilityNoteEn;

	private List<Integer> serviceArea = new ArrayList<>();

	private boolean published;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDistrictFr() {
		return this.districtFr;
	}

	public void setDistrictFr(String districtFr) {
		this.districtFr = districtFr;
	}

	public String getDistrictNl() {
		return this.districtNl;
	}

	public void setDistrictNl(String districtNl) {
		this.districtNl = districtNl;
	}

	public String getDistrictEn() {
		return this.districtEn;
	}

	public void setDistrictEn(String districtEn) {
		this.districtEn = districtEn;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameNl() {
		return this.nameNl;
	}

	public void setNameNl(String nameNl) {
		this.nameNl = nameNl;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getDescriptionNl() {
		return this.descriptionNl;
	}

	public void setDescriptionNl(String descriptionNl) {
		this.descriptionNl = descriptionNl;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getStreetFr() {
		return this.streetFr;
	}

	public void setStreetFr(String streetFr) {
		this.streetFr = streetFr;
	}

	public String getStreetNl() {
		return this.streetNl;
	}

	public void setStreetNl(String streetNl) {
		this.streetNl = streetNl;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getLocalityFr() {
		return this.localityFr;
	}

	public void setLocalityFr(String localityFr) {
		this.localityFr = localityFr;
	}

	public String getLocalityNl() {
		return this.localityNl;
	}

	public void setLocalityNl(String localityNl) {
		this.localityNl = localityNl;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public void setApproximate(boolean approximate) {
		this.approximate = approximate;
	}

	public List<String> getPhones() {
		return this.phones;
	}

	public void setPhones(List<String> phones) {
		this.phones = phones;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public Accessibility getAccessibility() {
		return this.accessibility;
	}

	public void setAccessibility(Accessibility accessibility) {
		this.accessibility = accessibility;
	}

	public String getAccessibilityNoteFr() {
		return this.accessibilityNoteFr;
	}

	public void setAccessibilityNoteFr(String accessibilityNoteFr) {
		this.accessibilityNoteFr = accessibilityNoteFr;
	}

	public String getAccessibilityNoteNl() {
		return this.accessibilityNoteNl;
	}

	public void setAccessibilityNoteNl(String accessibilityNoteNl) {
		this.accessibilityNoteNl = accessibilityNoteNl;
	}

	public String getAccessibilityNoteEn() {
		return this.accessibilityNoteEn;
	}

	public void setAccessibilityNoteEn(String accessibilityNoteEn) {
		this.accessibilityNoteEn = accessibilityNoteEn;
	}

	public List<Integer> getServiceArea() {
		return this.serviceArea;
	}

	public void setServiceArea(List<Integer> serviceArea) {
		this.serviceArea = serviceArea;
	}

	public List<HoursRows.SessionRow> getSessions() {
		return this.sessions;
	}

	public void setSessions(List<HoursRows.SessionRow> sessions) {
		this.sessions = sessions;
	}

	public List<HoursRows.ExceptionRow> getExceptions() {
		return this.exceptions;
	}

	public void setExceptions(List<HoursRows.ExceptionRow> exceptions) {
		this.exceptions = exceptions;
	}

	public List<HoursRows.NoticeRow> getNotices() {
		return this.notices;
	}

	public void setNotices(List<HoursRows.NoticeRow> notices) {
		this.notices = notices;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	@JsonIgnore
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * The form filled with the office as it is now.
	 */
	static OfficeForm from(Office office) {
		OfficeForm form = new OfficeForm();
		form.slug = office.getSlug();
		form.districtFr = office.getDistrict().fr();
		form.districtNl = office.getDistrict().nl();
		form.districtEn = office.getDistrict().en();
		form.nameFr = office.getName().fr();
		form.nameNl = office.getName().nl();
		form.nameEn = office.getName().en();
		LocalizedText description = orEmpty(office.getDescription());
		form.descriptionFr = description.fr();
		form.descriptionNl = description.nl();
		form.descriptionEn = description.en();
		Address address = office.getAddress();
		form.streetFr = address.streetFr();
		form.streetNl = address.streetNl();
		form.number = address.number();
		form.postalCode = address.postalCode();
		form.localityFr = address.localityFr();
		form.localityNl = address.localityNl();
		form.latitude = coordinate(office.getLocation().latitude());
		form.longitude = coordinate(office.getLocation().longitude());
		form.approximate = office.getLocation().approximate();
		form.phones = new ArrayList<>(office.getPhones().stream().map(PhoneNumber::national).toList());
		form.email = office.getEmail();
		form.website = office.getWebsite();
		form.languages = new ArrayList<>(office.getLanguages());
		form.accessibility = office.getAccessibility();
		LocalizedText note = orEmpty(office.getAccessibilityNote());
		form.accessibilityNoteFr = note.fr();
		form.accessibilityNoteNl = note.nl();
		form.accessibilityNoteEn = note.en();
		form.serviceArea = new ArrayList<>(office.getServiceArea().stream().sorted().toList());
		form.sessions = new ArrayList<>(office.getSessions().stream().map(HoursRows.SessionRow::of).toList());
		form.exceptions = new ArrayList<>(office.getExceptions().stream().map(HoursRows.ExceptionRow::of).toList());
		form.notices = new ArrayList<>(office.getNotices().stream().map(HoursRows.NoticeRow::of).toList());
		form.published = office.isPublished();
		form.version = office.getVersion();
		return form;
	}

	/**
	 * Writes the form, which the {@link OfficeFormValidator} accepted, to the office.
	 * Collections are replaced only when they change, so that saving an unchanged form
	 * changes nothing.
	 */
	void applyTo(Office office) {
		office.setDistrict(new LocalizedText(this.districtFr, this.districtNl, this.districtEn));
		office.setName(new LocalizedText(this.nameFr, this.nameNl, this.nameEn));
		office.setDescription(new LocalizedText(this.descriptionFr, this.descriptionNl, this.descriptionEn));
		office.setAddress(new Address(this.streetFr, this.streetNl, this.number, this.postalCode, this.localityFr,
				this.localityNl));
		office.setLocation(new GeoPoint(degrees(this.latitude), degrees(this.longitude), this.approximate));
		List<PhoneNumber> phones = filledPhones().stream()
			.map((phone) -> PhoneNumber.parseBelgian(phone).orElseThrow())
			.distinct()
			.toList();
		replace(office.getPhones(), phones);
		office.setEmail(this.email);
		office.setWebsite(this.website);
		office.setLanguages(this.languages.stream().distinct().toList());
		office.setAccessibility(this.accessibility);
		office.setAccessibilityNote(
				new LocalizedText(this.accessibilityNoteFr, this.accessibilityNoteNl, this.accessibilityNoteEn));
		if (!office.getServiceArea().equals(Set.copyOf(this.serviceArea))) {
			office.getServiceArea().clear();
			office.getServiceArea().addAll(this.serviceArea);
		}
		office.setSessions(
				this.sessions.stream().filter((row) -> !row.isBlank()).map(HoursRows.SessionRow::toSession).toList());
		office.setExceptions(this.exceptions.stream()
			.filter((row) -> !row.isBlank())
			.map(HoursRows.ExceptionRow::toException)
			.toList());
		office.setNotices(
				this.notices.stream().filter((row) -> !row.isBlank()).map(HoursRows.NoticeRow::toNotice).toList());
		office.setPublished(this.published);
	}

	/**
	 * Adds an empty row to a list of rows, or removes or moves one: {@code add:phones},
	 * {@code remove:sessions:2}, {@code up:notices:1}, {@code down:exceptions:0}.
	 * Anything else leaves the rows as they are.
	 * @return the id of the field to give the focus to: the first field of the row added,
	 * moved, or now in the place of the one removed (or the list's "add" button when none
	 * is left); {@code null} when nothing changed
	 */
	String changeRows(String action) {
		String[] parts = action.split(":", 3);
		String list = parts[(parts.length > 1) ? 1 : 0];
		List<Object> rows = rows(list);
		if (rows == null) {
			return null;
		}
		if (parts.length == 2 && "add".equals(parts[0])) {
			rows.add(newRow(list));
			return firstField(list, rows.size() - 1);
		}
		if (parts.length != 3 || !parts[2].matches("\\d{1,3}") || Integer.parseInt(parts[2]) >= rows.size()) {
			return null;
		}
		int row = Integer.parseInt(parts[2]);
		switch (parts[0]) {
			case "remove" -> {
				rows.remove(row);
				return rows.isEmpty() ? "add-" + list : firstField(list, Math.min(row, rows.size() - 1));
			}
			case "up" -> {
				Collections.swap(rows, row, Math.max(0, row - 1));
				return firstField(list, Math.max(0, row - 1));
			}
			case "down" -> {
				Collections.swap(rows, row, Math.min(rows.size() - 1, row + 1));
				return firstField(list, Math.min(rows.size() - 1, row + 1));
			}
			default -> {
				return null;
			}
		}
	}

	/**
	 * The id of a row's first field: {@code phones2}, {@code sessions0.day}.
	 */
	private static String firstField(String list, int row) {
		return list + row + switch (list) {
			case "sessions" -> ".day";
			case "exceptions" -> ".firstDay";
			case "notices" -> ".visibleFrom";
			default -> "";
		};
	}

	@SuppressWarnings("unchecked")
	private List<Object> rows(String name) {
		return (List<Object>) switch (name) {
			case "phones" -> this.phones;
			case "sessions" -> this.sessions;
			case "exceptions" -> this.exceptions;
			case "notices" -> this.notices;
			default -> null;
		};
	}

	private static Object newRow(String name) {
		return switch (name) {
			case "sessions" -> new HoursRows.SessionRow();
			case "exceptions" -> new HoursRows.ExceptionRow();
			case "notices" -> new HoursRows.NoticeRow();
			default -> null;
		};
	}

	private static <T> void replace(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	/**
	 * The phone numbers typed, blank rows left out.
	 */
	List<String> filledPhones() {
		return this.phones.stream().filter((phone) -> phone != null && !phone.isBlank()).toList();
	}

	/**
	 * Reads a coordinate in degrees, with a decimal point or comma.
	 */
	static double degrees(String text) {
		return Double.parseDouble(text.strip().replace(',', '.'));
	}

	private static String coordinate(double degrees) {
		return String.format(Locale.ROOT, "%.6f", degrees);
	}

	private static LocalizedText orEmpty(LocalizedText text) {
		return (text != null) ? text : new LocalizedText(null, null, null);
	}

}
