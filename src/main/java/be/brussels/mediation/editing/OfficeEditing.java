package be.brussels.mediation.editing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeNotFoundException;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.staff.StaffAccount;
import be.brussels.mediation.staff.StaffAccounts;
import be.brussels.mediation.web.DateText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change staff make to an office, in one transaction each: checked against the
 * version they started from, recorded as a revision and in the audit log, and the public
 * pages kept rendered dropped once it commits.
 */
@Service
class OfficeEditing {

	private final OfficeRepository offices;

	private final OfficeRevisionRepository revisions;

	private final OfficeChanges changes;

	private final StaffAccounts staff;

	private final AuditLog audit;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PublishedOffices published;

	OfficeEditing(OfficeRepository offices, OfficeRevisionRepository revisions, OfficeChanges changes,
			StaffAccounts staff, AuditLog audit, JsonMapper json, JdbcClient jdbc, Clock clock,
			PublishedOffices published) {
		this.offices = offices;
		this.revisions = revisions;
		this.changes = changes;
		this.staff = staff;
		this.audit = audit;
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
		this.published = published;
	}

	/**
	 * The office, if the member of staff may edit it.
	 */
	@Transactional(readOnly = true)
	public Office editable(String slug, String username) {
		Office office = this.offices.findBySlug(slug).orElseThrow(() -> new OfficeNotFoundException(slug));
		if (!this.staff.current(username).mayEdit(office)) {
			throw new AccessDeniedException(username + " may not edit " + slug);
		}
		return office;
	}

	@Transactional
	public Office create(OfficeForm form, String username) {
		this.published.changedAfterCommit();
		Office office = new Office(form.getSlug());
		form.applyTo(office);
		office = this.offices.saveAndFlush(office);
		// Every office helps with every need, as the City's page says of all six.
		this.jdbc.sql("insert into office_need (office_id, need_code) select ?, code from need")
			.param(office.getId())
			.update();
		record(office, OfficeRevision.Kind.CREATED, null, username);
		this.audit.record("OFFICE_CREATED", office.getSlug());
		return office;
	}

	/**
	 * Saves the form, unless someone else saved the office since the form was opened.
	 * @throws OfficeConflictException when the office changed since the form's version
	 */
	@Transactional
	public void update(String slug, OfficeForm form, String username, Locale locale) {
		this.published.changedAfterCommit();
		Office office = editable(slug, username);
		if (office.getVersion() != form.getVersion()) {
			throw conflict(office, form, locale);
		}
		recordBaselineIfNone(office);
		form.applyTo(office);
		this.offices.saveAndFlush(office);
		if (record(office, OfficeRevision.Kind.EDITED, null, username)) {
			this.audit.record("OFFICE_EDITED", slug);
		}
	}

	/**
	 * What changed since the form's version, and what the form would change.
	 */
	@Transactional(readOnly = true)
	public OfficeConflictException conflict(String slug, OfficeForm form, String username, Locale locale) {
		return conflict(editable(slug, username), form, locale);
	}

	/**
	 * Refuses a form opened at an older version. What was typed is merged into the office
	 * as it is now, field by field: the fields this form changed keep its values, the
	 * others take the current ones, so that saving it again loses nobody's change.
	 */
	private OfficeConflictException conflict(Office office, OfficeForm yours, Locale locale) {
		OfficeForm now = OfficeForm.from(office);
		OfficeRevision latest = this.revisions.findFirstByOfficeIdOrderByNumberDesc(office.getId()).orElse(null);
		OfficeForm opened = this.revisions
			.findFirstByOfficeIdAndOfficeVersionOrderByNumberDesc(office.getId(), yours.getVersion())
			.map(this::form)
			.orElse(now);
		yours.setPhones(new ArrayList<>(yours.filledPhones()));
		var theirChanges = this.changes.between(opened, now, locale);
		var yourChanges = this.changes.between(opened, yours, locale);
		JsonNode openedValues = this.json.valueToTree(opened);
		ObjectNode merged = this.json.valueToTree(now);
		this.json.<ObjectNode>valueToTree(yours).properties().forEach((field) -> {
			if (!field.getValue().equals(openedValues.get(field.getKey()))) {
				merged.set(field.getKey(), field.getValue());
			}
		});
		this.json.readerForUpdating(yours).readValue(merged);
		yours.setVersion(office.getVersion());
		return new OfficeConflictException(yours, theirChanges, yourChanges, latest);
	}

	@Transactional
	public void restore(String slug, int number, String username) {
		this.published.changedAfterCommit();
		Office office = editable(slug, username);
		OfficeRevision revision = this.revisions.findByOfficeIdAndNumber(office.getId(), number)
			.orElseThrow(() -> new OfficeNotFoundException(slug));
		OfficeForm restored = form(revision);
		// Archiving is not undone by a restore: that is its own action.
		restored.setPublished(restored.isPublished() && !office.isArchived());
		restored.applyTo(office);
		this.offices.saveAndFlush(office);
		record(office, OfficeRevision.Kind.RESTORED, number, username);
		this.audit.record("OFFICE_RESTORED", slug + " #" + number);
	}

	/**
	 * Saves the form as {@link #update} does, then records that the member of staff
	 * checked the office's information today: what the public page calls checked is what
	 * was saved.
	 * @throws OfficeConflictException when the office changed since the form's version
	 */
	@Transactional
	public void updateAndMarkChecked(String slug, OfficeForm form, String username, Locale locale) {
		update(slug, form, username, locale);
		Office office = editable(slug, username);
		StaffAccount account = this.staff.current(username);
		this.offices.markChecked(office.getId(), this.clock.instant(), account.getDisplayName());
		this.audit.record("OFFICE_CHECKED", slug);
	}

	/**
	 * Archives the office or brings it back.
	 * @return the office as it is after the change
	 */
	@Transactional
	public Office setArchived(String slug, boolean archived, String username) {
		Office office = editable(slug, username);
		if (office.isArchived() == archived) {
			// Done already (sent twice, or by someone else first): nothing to record.
			return office;
		}
		this.published.changedAfterCommit();
		recordBaselineIfNone(office);
		if (archived) {
			office.archive();
		}
		else {
			office.unarchive();
		}
		this.offices.saveAndFlush(office);
		record(office, archived ? OfficeRevision.Kind.ARCHIVED : OfficeRevision.Kind.UNARCHIVED, null, username);
		this.audit.record(archived ? "OFFICE_ARCHIVED" : "OFFICE_UNARCHIVED", slug);
		return office;
	}

	/**
	 * The office's revisions, newest first, each with what it changed.
	 */
	@Transactional(readOnly = true)
	public List<Revision> history(Office office, Locale locale) {
		List<OfficeRevision> all = this.revisions.findByOfficeIdOrderByNumberDesc(office.getId());
		return IntStream.range(0, all.size()).mapToObj((i) -> {
			OfficeRevision revision = all.get(i);
			OfficeForm before = (i + 1 < all.size()) ? form(all.get(i + 1)) : null;
			return new Revision(revision.getNumber(), revision.getKind().name(), revision.getRestoredFrom(),
					revision.getAuthor(), DateText.dayAndTime(revision.getCreatedAt(), locale), i == 0,
					this.changes.between(before, form(revision), locale));
		}).toList();
	}

	private void recordBaselineIfNone(Office office) {
		if (this.revisions.findFirstByOfficeIdOrderByNumberDesc(office.getId()).isEmpty()) {
			this.revisions.save(new OfficeRevision(office.getId(), 1, OfficeRevision.Kind.BASELINE, null,
					office.getVersion(), "-", content(office)));
		}
	}

	/**
	 * Records the office as it is now, unless nothing changed since the last revision.
	 */
	private boolean record(Office office, OfficeRevision.Kind kind, Integer restoredFrom, String username) {
		String content = content(office);
		OfficeRevision latest = this.revisions.findFirstByOfficeIdOrderByNumberDesc(office.getId()).orElse(null);
		if (latest != null && kind == OfficeRevision.Kind.EDITED
				&& this.json.readTree(latest.getContent()).equals(this.json.readTree(content))) {
			return false;
		}
		int number = (latest != null) ? latest.getNumber() + 1 : 1;
		this.revisions.save(new OfficeRevision(office.getId(), number, kind, restoredFrom, office.getVersion(),
				this.staff.current(username).getDisplayName(), content));
		return true;
	}

	/**
	 * The office's content as a revision keeps it, the number of its format first.
	 */
	private String content(Office office) {
		ObjectNode content = this.json.createObjectNode().put("schema", OfficeForm.SCHEMA);
		content.setAll(this.json.<ObjectNode>valueToTree(OfficeForm.from(office)));
		return this.json.writeValueAsString(content);
	}

	/**
	 * The content a revision keeps, read strictly: a revision in another format, or with
	 * a field the content no longer has, is refused, never read with values missing
	 * (which a restore would then write back empty).
	 */
	private OfficeForm form(OfficeRevision revision) {
		ObjectNode content = (ObjectNode) this.json.readTree(revision.getContent());
		int schema = content.path("schema").asInt(1);
		if (schema != OfficeForm.SCHEMA) {
			throw new IllegalStateException("Revision " + revision.getNumber() + " is in format " + schema + ", not "
					+ OfficeForm.SCHEMA + ": a migration must bring it up to date");
		}
		content.remove("schema");
		return this.json.readerFor(OfficeForm.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(content);
	}

	/**
	 * A revision as the history page shows it.
	 */
	record Revision(int number, String kind, Integer restoredFrom, String author, String when, boolean current,
			List<FieldChange> changes) {
	}

}
