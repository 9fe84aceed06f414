package be.brussels.mediation.office;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

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

	@ElementCollection
	@CollectionTable(name = "office_phone", joinColumns = @JoinColumn(name = "office_id"))
	@OrderColumn(name = "position")
	private List<PhoneNumber> phones = new ArrayList<>();

	private String email;

	private String website;

	private boolean published;

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

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public LocalizedText getDistrict() {
		return this.district;
	}

	public LocalizedText getName() {
		return this.name;
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

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
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

}
