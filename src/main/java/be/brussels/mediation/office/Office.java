package be.brussels.mediation.office;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import be.brussels.mediation.web.DateText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * A district social mediation office: what residents need to find, reach and visit it.
 */
@Entity
public class Office {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Embedded
	private LocalizedText district;

	@Embedded
	private LocalizedText name;

	@Embedded
	private LocalizedText description;

	@Embedded
	private Address address;

	@Embedded
	private GeoPoint location;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "office_phone", joinColumns = @JoinColumn(name = "office_id"))
	@OrderColumn(name = "position")
	private List<PhoneNumber> phones = new ArrayList<>();

	/**
	 * The weekly hours; none until staff enter them.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "office_session", joinColumns = @JoinColumn(name = "office_id"))
	@OrderColumn(name = "position")
	private List<OpeningSession> sessions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "office_exception", joinColumns = @JoinColumn(name = "office_id"))
	@OrderColumn(name = "position")
	private List<OpeningException> exceptions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "office_notice", joinColumns = @JoinColumn(name = "office_id"))
	@OrderColumn(name = "position")
	private List<Notice> notices = new ArrayList<>();

	private String email;

	private String website;

	/**
	 * Languages spoken at the office, as ISO 639-1 codes.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> languages = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Accessibility accessibility = Accessibility.UNKNOWN;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "accessibility_note_fr")),
			@AttributeOverride(name = "nl", column = @Column(name = "accessibility_note_nl")),
			@AttributeOverride(name = "en", column = @Column(name = "accessibility_note_en")) })
	private LocalizedText accessibilityNote;

	/**
	 * The neighbourhoods (codes of the City's neighbourhood map) whose residents this
	 * office serves.
	 */
	@ElementCollection
	@CollectionTable(name = "office_neighbourhood", joinColumns = @JoinColumn(name = "office_id"))
	@Column(name = "neighbourhood_code")
	private Set<Integer> serviceArea = new LinkedHashSet<>();

	private boolean published;

	private boolean archived;

	private Instant checkedAt;

	private String checkedBy;

	/** Its identifier in the open data: given once, kept across every edit. */
	@Column(updatable = false)
	private UUID uuid = UUID.randomUUID();

	@Version
	private long version;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	protected Office() {
	}

	/**
	 * Orders offices by district name as the given language sorts it.
	 */
	public static Comparator<Office> byDistrict(Locale locale) {
		Comparator<Object> collator = Collator.getInstance(locale);
		return Comparator.comparing((office) -> office.getDistrict().in(locale), collator);
	}

	public Office(String slug, LocalizedText district, LocalizedText name, Address address, GeoPoint location) {
		this.slug = slug;
		this.district = district;
		this.name = name;
		this.address = address;
		this.location = location;
	}

	/**
	 * A new, unpublished office with its required details; the rest is set afterwards.
	 */
	public Office(String slug) {
		this.slug = slug;
	}

	public Long getId() {
		return this.id;
	}

	public UUID getUuid() {
		return this.uuid;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * Whether an address names this office by another of its names, as the office's own
	 * address is written: {@code nord}, {@code noord}, {@code laken-noord}.
	 */
	public boolean isNamed(String address) {
		return Stream
			.of(this.district.fr(), this.district.nl(), this.district.en(), this.name.fr(), this.name.nl(),
					this.name.en())
			.filter(Objects::nonNull)
			.map((name) -> Normalizer.normalize(name, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-|-$", ""))
			.anyMatch(address::equals);
	}

	public LocalizedText getDistrict() {
		return this.district;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public void setDistrict(LocalizedText district) {
		this.district = district;
	}

	public void setName(LocalizedText name) {
		this.name = name;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

	public void setLocation(GeoPoint location) {
		this.location = location;
	}

	public LocalizedText getDescription() {
		return this.description;
	}

	public void setDescription(LocalizedText description) {
		this.description = description;
	}

	public Address getAddress() {
		return this.address;
	}

	public GeoPoint getLocation() {
		return this.location;
	}

	public List<PhoneNumber> getPhones() {
		return this.phones;
	}

	public List<OpeningSession> getSessions() {
		return Collections.unmodifiableList(this.sessions);
	}

	/**
	 * Sets the weekly openings, if they keep the {@link OpeningSchedule rules of opening
	 * hours}; the same openings change nothing.
	 * @throws IllegalArgumentException if they break one
	 */
	public void setSessions(List<OpeningSession> sessions) {
		replace(this.sessions, OpeningSchedule.obeyed("openings", sessions, OpeningSchedule.ofSessions(sessions)));
	}

	public List<OpeningException> getExceptions() {
		return Collections.unmodifiableList(this.exceptions);
	}

	/**
	 * Sets the closures and changes of hours, if they keep the {@link OpeningSchedule
	 * rules of opening hours}; the same ones change nothing.
	 * @throws IllegalArgumentException if they break one
	 */
	public void setExceptions(List<OpeningException> exceptions) {
		replace(this.exceptions,
				OpeningSchedule.obeyed("closures", exceptions, OpeningSchedule.ofExceptions(exceptions)));
	}

	public List<Notice> getNotices() {
		return Collections.unmodifiableList(this.notices);
	}

	/**
	 * Sets the notices, if each is shown from a day to a later one; the same ones change
	 * nothing.
	 * @throws IllegalArgumentException if one is not
	 */
	public void setNotices(List<Notice> notices) {
		replace(this.notices, OpeningSchedule.obeyed("notices", notices, OpeningSchedule.ofNotices(notices)));
	}

	/**
	 * Replaces a collection's rows only when they differ: an unchanged list leaves the
	 * office unchanged (no new version).
	 */
	private static <T> void replace(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	/**
	 * The notices to show on the given day.
	 */
	public List<Notice> noticesOn(LocalDate day) {
		return this.notices.stream().filter((notice) -> notice.isVisibleOn(day)).toList();
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
		this.languages = new ArrayList<>(languages);
	}

	/**
	 * The languages spoken, by name in the given locale's language.
	 */
	public List<String> languageNames(Locale locale) {
		return this.languages.stream().map((code) -> languageName(code, locale)).toList();
	}

	/**
	 * A language's name in the locale's language, with a capital letter: "Arabe",
	 * "Arabisch", "Arabic".
	 */
	public static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public Accessibility getAccessibility() {
		return this.accessibility;
	}

	public void setAccessibility(Accessibility accessibility) {
		this.accessibility = accessibility;
	}

	public LocalizedText getAccessibilityNote() {
		return this.accessibilityNote;
	}

	public void setAccessibilityNote(LocalizedText accessibilityNote) {
		this.accessibilityNote = accessibilityNote;
	}

	public Set<Integer> getServiceArea() {
		return this.serviceArea;
	}

	public boolean isArchived() {
		return this.archived;
	}

	/**
	 * Archives the office instead of deleting it: it leaves the public site and the
	 * staff's list of current offices, and keeps its history.
	 */
	public void archive() {
		this.archived = true;
		this.published = false;
	}

	public void unarchive() {
		this.archived = false;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	/**
	 * The day, in Brussels, when staff last checked the office; {@code null} if never.
	 */
	public LocalDate getCheckedOn() {
		return (this.checkedAt != null) ? this.checkedAt.atZone(DateText.BRUSSELS).toLocalDate() : null;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public boolean isPublished() {
		return this.published;
	}

	/**
	 * Shows or hides the office on the public site; an archived office stays hidden.
	 */
	public void setPublished(boolean published) {
		this.published = published && !this.archived;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * When its details last changed, or were last checked by staff (its page says so),
	 * whichever is later; none before it is first saved.
	 */
	public Instant getLastChanged() {
		return (this.checkedAt != null && (this.updatedAt == null || this.checkedAt.isAfter(this.updatedAt)))
				? this.checkedAt : this.updatedAt;
	}

}
