package brussels.maillage.directory.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.organizations.OrganizationSummary;
import brussels.maillage.directory.review.ReviewItem;
import brussels.maillage.directory.review.ReviewQueue;
import brussels.maillage.directory.review.ServiceReport;
import brussels.maillage.directory.search.ServiceSearch;
import brussels.maillage.directory.taxonomy.SynonymGroup;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' side of the directory: change services and organisations, verify them,
 * read their history, the review queue of services not verified for a while, the public's
 * error reports and the search synonyms.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryEditing {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final AuditLog audit;

	private final TerritoryService territory;

	private final JsonMapper json;

	private final Clock clock;

	private final Period reviewAfter;

	DirectoryEditing(JdbcClient jdbc, DirectoryStore store, AuditLog audit, TerritoryService territory, JsonMapper json,
			Clock clock, @Value("${maillage.directory.review-after:P12M}") Period reviewAfter) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.territory = territory;
		this.json = json;
		this.clock = clock;
		this.reviewAfter = reviewAfter;
	}

	/** How long a service may go without being verified before it is due for review. */
	public Period reviewAfter() {
		return this.reviewAfter;
	}

	/** A service as editors see it: with its confidential places and internal note. */
	public Optional<EditableService> editable(UUID id) {
		return this.store.service(id).map((details) -> {
			List<UUID> locationIds = this.jdbc
				.sql("select location_id from service_at_location where service_id = ? order by location_id")
				.param(id)
				.query(UUID.class)
				.list();
			return new EditableService(details, locationIds, locationsOf(details.organizationId()), internalNote(id));
		});
	}

	/** Every place of an organisation, confidential ones included. */
	public List<ServiceLocation> locationsOf(UUID organizationId) {
		return this.jdbc.sql("select * from location where organization_id = ? order by postcode, address")
			.param(organizationId)
			.query((rs, row) -> DirectoryStore.location(rs))
			.list();
	}

	/** The confidential places where a service is delivered (for staff). */
	public List<ServiceLocation> confidentialLocations(UUID serviceId) {
		return this.jdbc.sql("""
				select l.* from location l join service_at_location sal on sal.location_id = l.id
				where sal.service_id = ? and l.confidential order by l.postcode, l.address""")
			.param(serviceId)
			.query((rs, row) -> DirectoryStore.location(rs))
			.list();
	}

	/** The staff-only note of a service, or {@code null}. */
	public String internalNote(UUID serviceId) {
		return this.jdbc.sql("select internal_note from service where id = ?")
			.param(serviceId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Replaces what a service says by {@code edited} (its id and organisation stay),
	 * keeping the previous version in the history.
	 */
	@Transactional
	public void update(RegisterService edited, String internalNote, String editor) {
		int changed = this.jdbc.sql("""
				update service set name = cast(:name as jsonb), description = cast(:description as jsonb),
					application_process = cast(:process as jsonb), fees_description = cast(:fees as jsonb),
					eligibility_description = cast(:eligibility as jsonb), status = :status, kind = :kind, url = :url,
					email = :email, minimum_age = :minimumAge, maximum_age = :maximumAge, cost = :cost,
					languages = cast(:languages as text[]), target_groups = cast(:targetGroups as text[]),
					area_level = :areaLevel, area_codes = cast(:areaCodes as text[]), internal_note = :note,
					last_modified = now()
				where id = :id""")
			.param("id", edited.id())
			.param("name", this.store.toJson(edited.name()))
			.param("description", this.store.toJson(edited.description()))
			.param("process", this.store.toJson(edited.applicationProcess()))
			.param("fees", this.store.toJson(edited.feesDescription()))
			.param("eligibility", this.store.toJson(edited.eligibility()))
			.param("status", edited.status().code())
			.param("kind", edited.kind().code())
			.param("url", edited.url())
			.param("email", edited.email())
			.param("minimumAge", edited.minimumAge())
			.param("maximumAge", edited.maximumAge())
			.param("cost", edited.cost().code())
			.param("languages", DirectoryStore.arrayLiteral(edited.languages()))
			.param("targetGroups", DirectoryStore.arrayLiteral(edited.targetGroups()))
			.param("areaLevel", edited.areaLevel().name())
			.param("areaCodes", DirectoryStore.arrayLiteral(edited.areaCodes()))
			.param("note", blankToNull(internalNote))
			.update();
		if (changed == 0) {
			throw new IllegalArgumentException("No service " + edited.id());
		}
		UUID id = edited.id();
		this.jdbc.sql("delete from service_at_location where service_id = ?").param(id).update();
		this.jdbc.sql("delete from phone where service_id = ?").param(id).update();
		this.jdbc.sql("delete from schedule where service_id = ?").param(id).update();
		this.jdbc.sql("delete from service_taxonomy where service_id = ?").param(id).update();
		this.store.insertParts(edited);
		this.store.recordHistory(id, snapshot(id), editor, "edited");
		this.audit.record("directory.service.edited", "service", id, null);
	}

	/** Adds a service and keeps its creation in the history. */
	@Transactional
	public void create(RegisterService service, String internalNote, String editor) {
		this.store.insert(service);
		this.jdbc.sql("update service set internal_note = ? where id = ?")
			.params(blankToNull(internalNote), service.id())
			.update();
		this.store.recordHistory(service.id(), snapshot(service.id()), editor, "registered");
		this.audit.record("directory.service.registered", "service", service.id(), null);
	}

	/** Marks a service's information as checked today by {@code editor}. */
	@Transactional
	public void verify(UUID serviceId, String editor) {
		int changed = this.jdbc.sql("update service set last_verified_at = ?, last_verified_by = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), editor, serviceId)
			.update();
		if (changed == 0) {
			throw new IllegalArgumentException("No service " + serviceId);
		}
		this.store.recordHistory(serviceId, snapshot(serviceId), editor, "verified");
		this.audit.record("directory.service.verified", "service", serviceId, null);
	}

	/** What a service looks like now, as kept in its history. */
	private Map<String, Object> snapshot(UUID id) {
		EditableService service = editable(id).orElseThrow();
		ServiceDetails s = service.details();
		Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
		snapshot.put("name", s.name());
		snapshot.put("description", s.description());
		snapshot.put("applicationProcess", s.applicationProcess());
		snapshot.put("feesDescription", s.feesDescription());
		snapshot.put("eligibility", s.eligibility());
		snapshot.put("status", s.status());
		snapshot.put("kind", s.kind());
		snapshot.put("url", s.url());
		snapshot.put("email", s.email());
		snapshot.put("minimumAge", s.minimumAge());
		snapshot.put("maximumAge", s.maximumAge());
		snapshot.put("cost", s.cost());
		snapshot.put("languages", s.languages());
		snapshot.put("targetGroups", s.targetGroups());
		snapshot.put("areaLevel", s.areaLevel());
		snapshot.put("areaCodes", s.areaCodes());
		snapshot.put("locationIds", service.locationIds());
		snapshot.put("phones", s.phones().stream().map(ServicePhone::number).toList());
		snapshot.put("openingHours", s.openingHours());
		snapshot.put("themeCodes", s.themes().stream().map(Theme::code).toList());
		snapshot.put("internalNote", service.internalNote());
		snapshot.put("lastVerifiedAt", s.lastVerifiedAt());
		snapshot.put("lastVerifiedBy", s.lastVerifiedBy());
		return snapshot;
	}

	/**
	 * The history of a service, newest first: who, when, what kind of change and which
	 * fields changed from the version before.
	 */
	public List<HistoryEntry> history(UUID serviceId) {
		List<HistoryEntry> oldestFirst = new ArrayList<>();
		JsonNode previous = null;
		for (Map<String, Object> row : this.jdbc.sql("""
				select snapshot::text as snapshot, changed_by, changed_at, action from service_history
				where service_id = ? order by changed_at, id""").param(serviceId).query().listOfRows()) {
			JsonNode snapshot = this.json.readTree((String) row.get("snapshot"));
			List<String> fields = new ArrayList<>();
			if (previous != null) {
				Set<String> names = new LinkedHashSet<>();
				snapshot.propertyNames().forEach(names::add);
				previous.propertyNames().forEach(names::add);
				for (String name : names) {
					if (!name.startsWith("lastVerified") && !Objects.equals(snapshot.get(name), previous.get(name))) {
						fields.add(name);
					}
				}
			}
			oldestFirst.add(new HistoryEntry(((Timestamp) row.get("changed_at")).toInstant(),
					(String) row.get("changed_by"), (String) row.get("action"), fields));
			previous = snapshot;
		}
		return oldestFirst.reversed();
	}

	/**
	 * Services not verified since {@link #reviewAfter()} (or {@code months} when given),
	 * the longest unverified first, optionally only those of a bassin or a theme.
	 */
	public ReviewQueue reviewQueue(Integer months, String bassin, String theme, int page, int size) {
		Period period = (months != null) ? Period.ofMonths(months) : this.reviewAfter;
		Instant cutoff = this.clock.instant().atZone(ZoneId.of("Europe/Brussels")).minus(period).toInstant();
		StringBuilder where = new StringBuilder(
				"s.status <> 'closed' and (s.last_verified_at is null or s.last_verified_at < :cutoff)");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("cutoff", Timestamp.from(cutoff));
		if (bassin != null) {
			List<String> communes = this.territory.submunicipalities()
				.stream()
				.filter((area) -> bassin.equals(area.bassin()))
				.map((area) -> area.nis())
				.distinct()
				.toList();
			params.put("bassin", bassin);
			params.put("communes", DirectoryStore.arrayLiteral(communes));
			where.append("""
					and ((s.area_level = 'BASSIN' and :bassin = any(s.area_codes))
					or (s.area_level = 'COMMUNE' and s.area_codes && cast(:communes as text[]))
					or (s.area_level = 'QUARTIER' and exists (select 1 from unnest(s.area_codes) q
						where left(q, 5) = any(cast(:communes as text[]))))
					or exists (select 1 from service_at_location sal join location l on l.id = sal.location_id
						where sal.service_id = s.id and l.commune_nis = any(cast(:communes as text[]))))""");
		}
		if (theme != null) {
			params.put("theme", theme);
			where.append("""
					and exists (select 1 from service_taxonomy st join taxonomy_term t on t.id = st.taxonomy_term_id
					left join taxonomy_term p on p.id = t.parent_id
					where st.service_id = s.id and (t.code = :theme or p.code = :theme))""");
		}
		long total = this.jdbc.sql("select count(*) from service s where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ReviewItem> items = this.jdbc.sql("""
				select s.id, s.name::text as name, o.name as organization, s.last_verified_at, s.last_verified_by,
					s.status
				from service s join organization o on o.id = s.organization_id
				where %s
				order by s.last_verified_at nulls first, o.name, s.id limit :limit offset :offset""".formatted(where))
			.params(params)
			.query((rs, row) -> new ReviewItem(rs.getObject("id", UUID.class), this.store.text(rs.getString("name")),
					rs.getString("organization"), DirectoryStore.instant(rs, "last_verified_at"),
					rs.getString("last_verified_by"), ServiceStatus.of(rs.getString("status"))))
			.list();
		return new ReviewQueue(items, total, page, size, period.toTotalMonths());
	}

	/** Keeps a member of the public's report of wrong information, for the editors. */
	@Transactional
	public UUID report(UUID serviceId, String message, String contactEmail, String language) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into service_report (id, service_id, message, contact_email, language)
				values (?, ?, ?, ?, ?)""")
			.params(id, serviceId, message.strip(), blankToNull(contactEmail), language)
			.update();
		return id;
	}

	/**
	 * Reports in a state ({@code open}, {@code accepted} or {@code rejected}), oldest
	 * first.
	 */
	public List<ServiceReport> reports(String status, int limit) {
		return this.jdbc.sql("""
				select r.*, s.name::text as service_name from service_report r join service s on s.id = r.service_id
				where r.status = ? order by r.created_at, r.id limit ?""")
			.params(status, limit)
			.query((rs, row) -> new ServiceReport(rs.getObject("id", UUID.class),
					rs.getObject("service_id", UUID.class), this.store.text(rs.getString("service_name")),
					rs.getString("message"), rs.getString("contact_email"), rs.getString("language"),
					rs.getString("status"), DirectoryStore.instant(rs, "created_at"), rs.getString("handled_by"),
					DirectoryStore.instant(rs, "handled_at")))
			.list();
	}

	/** How many reports wait for an editor. */
	public long openReports() {
		return this.jdbc.sql("select count(*) from service_report where status = 'open'").query(Long.class).single();
	}

	/**
	 * Closes a report as accepted (the service was or will be corrected) or rejected; the
	 * contact address is erased.
	 * @return the service it was about, when the report was open
	 */
	@Transactional
	public Optional<UUID> handle(UUID reportId, boolean accepted, String editor) {
		Optional<UUID> service = this.jdbc.sql("""
				update service_report set status = ?, handled_by = ?, handled_at = now(), contact_email = null
				where id = ? and status = 'open' returning service_id""")
			.params(accepted ? "accepted" : "rejected", editor, reportId)
			.query(UUID.class)
			.optional();
		service
			.ifPresent((id) -> this.audit.record(accepted ? "directory.report.accepted" : "directory.report.rejected",
					"service", id, reportId.toString()));
		return service;
	}

	/** The synonym groups the search uses. */
	public List<SynonymGroup> synonyms() {
		return this.jdbc.sql("select id, terms, created_by, created_at from search_synonym order by terms[1], id")
			.query((rs, row) -> new SynonymGroup(rs.getLong("id"), DirectoryStore.strings(rs.getArray("terms")),
					rs.getString("created_by"), DirectoryStore.instant(rs, "created_at")))
			.list();
	}

	/**
	 * Adds a group of terms that mean the same (normalized as the search normalizes
	 * queries); the search uses it from the next query.
	 */
	@Transactional
	public long addSynonyms(List<String> terms, String editor) {
		List<String> normalized = terms.stream()
			.map(ServiceSearch::normalize)
			.filter((term) -> !term.isBlank())
			.distinct()
			.toList();
		if (normalized.size() < 2) {
			throw new IllegalArgumentException("A synonym group needs two different terms");
		}
		long id = this.jdbc.sql("""
				insert into search_synonym (terms, created_by) values (cast(? as text[]), ?) returning id""")
			.params(DirectoryStore.arrayLiteral(normalized), editor)
			.query(Long.class)
			.single();
		this.audit.record("directory.synonyms.added", "synonym", id, String.join(", ", normalized));
		return id;
	}

	/** Removes a synonym group. */
	@Transactional
	public boolean removeSynonyms(long id) {
		boolean removed = this.jdbc.sql("delete from search_synonym where id = ?").param(id).update() > 0;
		if (removed) {
			this.audit.record("directory.synonyms.removed", "synonym", id, null);
		}
		return removed;
	}

	/** Adds or changes an organisation (its name, description and contacts). */
	@Transactional
	public void saveOrganization(UUID id, String name, LocalizedText description, String email, String website,
			String internalNote, String editor) {
		int changed = this.jdbc.sql("""
				update organization set name = ?, description = cast(? as jsonb), email = ?, website = ?,
					internal_note = ?, last_modified = now() where id = ?""")
			.params(name, this.store.toJson(description), blankToNull(email), blankToNull(website),
					blankToNull(internalNote), id)
			.update();
		if (changed == 0) {
			this.store.insert(new RegisterOrganization(id, name, description, blankToNull(email), blankToNull(website),
					List.of()));
			this.jdbc.sql("update organization set internal_note = ? where id = ?")
				.params(blankToNull(internalNote), id)
				.update();
			this.audit.record("directory.organization.registered", "organization", id, name);
		}
		else {
			this.audit.record("directory.organization.edited", "organization", id, editor);
		}
	}

	/** The staff-only note of an organisation, or {@code null}. */
	public String organizationNote(UUID id) {
		return this.jdbc.sql("select internal_note from organization where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Adds or changes a place of an organisation. */
	@Transactional
	public void saveLocation(UUID organizationId, ServiceLocation location, String editor) {
		int changed = this.jdbc.sql("""
				update location set name = ?, address = ?, postcode = ?, city = ?, commune_nis = ?, latitude = ?,
					longitude = ?, confidential = ? where id = ? and organization_id = ?""")
			.params(blankToNull(location.name()), location.address(), location.postcode(), location.city(),
					location.communeNis(), location.latitude(), location.longitude(), location.confidential(),
					location.id(), organizationId)
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
						longitude, confidential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(location.id(), organizationId, blankToNull(location.name()), location.address(),
						location.postcode(), location.city(), location.communeNis(), location.latitude(),
						location.longitude(), location.confidential())
				.update();
		}
		this.jdbc.sql("""
				update service set last_modified = now() where id in
					(select service_id from service_at_location where location_id = ?)""")
			.param(location.id())
			.update();
		this.audit.record("directory.location.saved", "organization", organizationId, location.id().toString());
	}

	/** Organisations whose name contains the text (all when blank), by name. */
	public List<OrganizationSummary> findOrganizations(String text, int limit) {
		String pattern = (text == null || text.isBlank()) ? "%"
				: "%" + ServiceSearch.normalize(text).replace("%", "").replace("_", "") + "%";
		return this.jdbc.sql("""
				select o.id, o.name, (select count(*) from service s where s.organization_id = o.id) as services,
					(select count(*) from location l where l.organization_id = o.id) as locations
				from organization o where lower(directory_unaccent(o.name)) like ?
				order by o.name, o.id limit ?""")
			.params(pattern, limit)
			.query((rs, row) -> new OrganizationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getLong("services"), rs.getLong("locations")))
			.list();
	}

	/** The services of an organisation, by name. */
	public List<ReviewItem> servicesOf(UUID organizationId) {
		return this.jdbc.sql("""
				select s.id, s.name::text as name, o.name as organization, s.last_verified_at, s.last_verified_by,
					s.status from service s join organization o on o.id = s.organization_id
				where s.organization_id = ? order by s.name ->> 'fr', s.id""")
			.param(organizationId)
			.query((rs, row) -> new ReviewItem(rs.getObject("id", UUID.class), this.store.text(rs.getString("name")),
					rs.getString("organization"), DirectoryStore.instant(rs, "last_verified_at"),
					rs.getString("last_verified_by"), ServiceStatus.of(rs.getString("status"))))
			.list();
	}

	/**
	 * Adds a theme (no parent) or a sub-theme, or changes its labels; the services it
	 * labels are searched with the new words at once.
	 * @throws IllegalArgumentException when the code is taken by another term, or the
	 * parent is unknown or itself a sub-theme
	 */
	@Transactional
	public void saveTheme(String code, String parentCode, LocalizedText label, String editor) {
		UUID parent = null;
		if (parentCode != null) {
			Theme found = this.store.themes()
				.stream()
				.filter((theme) -> theme.code().equals(parentCode) && theme.parentId() == null)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No theme " + parentCode));
			if (found.code().equals(code)) {
				throw new IllegalArgumentException("A theme is not its own parent");
			}
			parent = found.id();
		}
		int changed = this.jdbc.sql("update taxonomy_term set label = cast(? as jsonb) where code = ?")
			.params(this.store.toJson(label), code)
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into taxonomy_term (id, taxonomy_id, code, parent_id, label, position)
					select ?, (select id from taxonomy order by name limit 1), ?, ?, cast(? as jsonb),
						coalesce((select max(position) + 1 from taxonomy_term), 0)""")
				.params(UUID
					.nameUUIDFromBytes(("maillage-theme-" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						code, parent, this.store.toJson(label))
				.update();
			this.audit.record("directory.theme.added", "theme", code, label.toString());
		}
		else {
			// Its services are indexed again by the search engine (a theme change is
			// "everything" in the change log, V50).
			this.audit.record("directory.theme.edited", "theme", code, label.toString());
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
