package brussels.maillage.directory.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceChanged;
import brussels.maillage.directory.ServiceClosed;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.AuditLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' side of services: a service with its confidential places and note, its
 * changes, verifications and history. Writes go through {@link ServiceRepository}; each
 * change is published ({@link ServiceChanged}, {@link ServiceClosed}) in its transaction.
 */
@Service
@Transactional(readOnly = true)
class ServiceEditing {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final ServiceRepository services;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ServiceEditing(JdbcClient jdbc, DirectoryStore store, ServiceRepository services, AuditLog audit, JsonMapper json,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.store = store;
		this.services = services;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** A service as editors see it: with its confidential places and internal note. */
	public Optional<EditableService> editable(UUID id) {
		return this.store.service(id).map((details) -> {
			List<UUID> locationIds = this.jdbc
				.sql("select location_id from service_at_location where service_id = ? order by location_id")
				.param(id)
				.query(UUID.class)
				.list();
			return new EditableService(details, locationIds, locationsOf(details.organizationId()), internalNote(id),
					alternateName(id));
		});
	}

	/** Every place of an organisation, confidential ones included. */
	public List<ServiceLocation> locationsOf(UUID organizationId) {
		return this.store.locationsOf(organizationId);
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

	/** The alternate name of a service (an acronym, another language's), or null. */
	String alternateName(UUID serviceId) {
		return this.jdbc.sql("select alternate_name from service where id = ?")
			.param(serviceId)
			.query(String.class)
			.optional()
			.orElse(null);
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
	 * Replaces what a service says by {@code edited} (its id, organisation and alternate
	 * name stay), keeping the previous version in the history.
	 */
	@Transactional
	public void update(RegisterService edited, String internalNote, String editor) {
		update(edited, alternateName(edited.id()), internalNote, editor);
	}

	/**
	 * Replaces what a service says by {@code edited} and its alternate name (its id and
	 * organisation stay), keeping the previous version in the history.
	 */
	@Transactional
	public void update(RegisterService edited, String alternateName, String internalNote, String editor) {
		ServiceStatus before = this.store.service(edited.id()).map(ServiceDetails::status).orElse(null);
		if (!this.services.replace(edited, blankToNull(alternateName), blankToNull(internalNote))) {
			throw new IllegalArgumentException("No service " + edited.id());
		}
		UUID id = edited.id();
		this.services.recordHistory(id, snapshot(id), editor, "edited");
		this.audit.record("directory.service.edited", "service", id, null);
		boolean closed = edited.status() == ServiceStatus.CLOSED && before != ServiceStatus.CLOSED;
		this.events.publishEvent(closed ? new ServiceClosed(id) : new ServiceChanged(id));
	}

	/** Adds a service and keeps its creation in the history. */
	@Transactional
	public void create(RegisterService service, String alternateName, String internalNote, String editor) {
		this.services.insert(service);
		this.services.setAlternateNameAndNote(service.id(), blankToNull(alternateName), blankToNull(internalNote));
		this.services.recordHistory(service.id(), snapshot(service.id()), editor, "registered");
		this.audit.record("directory.service.registered", "service", service.id(), null);
	}

	/** Marks a service's information as checked today by {@code editor}. */
	@Transactional
	public void verify(UUID serviceId, String editor) {
		if (!this.services.verify(serviceId, this.clock.instant(), editor)) {
			throw new IllegalArgumentException("No service " + serviceId);
		}
		this.services.recordHistory(serviceId, snapshot(serviceId), editor, "verified");
		this.audit.record("directory.service.verified", "service", serviceId, null);
		this.events.publishEvent(new ServiceChanged(serviceId));
	}

	/** What a service looks like now, as kept in its history. */
	private Map<String, Object> snapshot(UUID id) {
		EditableService service = editable(id).orElseThrow();
		ServiceDetails s = service.details();
		Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
		snapshot.put("name", s.name());
		snapshot.put("alternateName", service.alternateName());
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
