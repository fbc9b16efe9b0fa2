package brussels.maillage.directory.services;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServicesChanged;
import brussels.maillage.directory.ServicesClosed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one writer of {@code service} and what hangs from it (places, hours, themes,
 * history; phones through {@link PhoneRepository}): one at a time for editors, in bulk
 * from the import's staging tables with one event for what an import changed or closed
 * ({@link ServicesChanged}, {@link ServicesClosed}). The callers own the transaction.
 */
@Repository
public class ServiceRepository {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final ApplicationEventPublisher events;

	private final PhoneRepository phones;

	ServiceRepository(JdbcClient jdbc, DirectoryStore store, ApplicationEventPublisher events, PhoneRepository phones) {
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
		this.phones = phones;
	}

	/** Adds a service with its places, phones, opening hours and themes. */
	public void insert(RegisterService service) {
		says(this.jdbc.sql("""
				insert into service (id, organization_id, name, description, application_process, fees_description,
					eligibility_description, status, kind, url, email, minimum_age, maximum_age, cost, languages,
					target_groups, area_level, area_codes, last_verified_at, last_verified_by)
				values (:id, :organization, cast(:name as jsonb), cast(:description as jsonb), cast(:process as jsonb),
					cast(:fees as jsonb), cast(:eligibility as jsonb), :status, :kind, :url, :email, :minimumAge,
					:maximumAge, :cost, cast(:languages as text[]), cast(:targetGroups as text[]), :areaLevel,
					cast(:areaCodes as text[]), :verifiedAt, :verifiedBy)"""), service)
			.param("organization", service.organizationId())
			.param("verifiedAt", (service.lastVerifiedAt() != null) ? Timestamp.from(service.lastVerifiedAt()) : null)
			.param("verifiedBy", service.lastVerifiedBy())
			.update();
		insertParts(service);
	}

	/**
	 * Replaces what a service says by {@code edited} and its alternate name (its id,
	 * organisation and program stay), its places, phones, hours and themes included.
	 * @return whether the service exists
	 */
	public boolean replace(RegisterService edited, String alternateName, String internalNote) {
		int changed = says(this.jdbc.sql("""
				update service set name = cast(:name as jsonb), alternate_name = :alternateName,
					description = cast(:description as jsonb),
					application_process = cast(:process as jsonb), fees_description = cast(:fees as jsonb),
					eligibility_description = cast(:eligibility as jsonb), status = :status, kind = :kind, url = :url,
					email = :email, minimum_age = :minimumAge, maximum_age = :maximumAge, cost = :cost,
					languages = cast(:languages as text[]), target_groups = cast(:targetGroups as text[]),
					area_level = :areaLevel, area_codes = cast(:areaCodes as text[]), internal_note = :note,
					last_modified = now()
				where id = :id"""), edited).param("note", internalNote).param("alternateName", alternateName).update();
		if (changed == 0) {
			return false;
		}
		UUID id = edited.id();
		this.jdbc.sql("delete from service_at_location where service_id = ?").param(id).update();
		this.phones.deleteOfService(id);
		this.jdbc.sql("delete from schedule where service_id = ?").param(id).update();
		this.jdbc.sql("delete from service_taxonomy where service_id = ?").param(id).update();
		insertParts(edited);
		return true;
	}

	/**
	 * The id of a service and what it says, as {@link #insert} and {@link #replace} write
	 * them.
	 */
	private JdbcClient.StatementSpec says(JdbcClient.StatementSpec statement, RegisterService service) {
		return statement.param("id", service.id())
			.param("name", this.store.toJson(service.name()))
			.param("description", this.store.toJson(service.description()))
			.param("process", this.store.toJson(service.applicationProcess()))
			.param("fees", this.store.toJson(service.feesDescription()))
			.param("eligibility", this.store.toJson(service.eligibility()))
			.param("status", service.status().code())
			.param("kind", service.kind().code())
			.param("url", service.url())
			.param("email", service.email())
			.param("minimumAge", service.minimumAge())
			.param("maximumAge", service.maximumAge())
			.param("cost", service.cost().code())
			.param("languages", service.languages().toArray(String[]::new))
			.param("targetGroups", service.targetGroups().toArray(String[]::new))
			.param("areaLevel", service.areaLevel().name())
			.param("areaCodes", service.areaCodes().toArray(String[]::new));
	}

	/** Inserts the places, phones, opening hours and themes of a service. */
	private void insertParts(RegisterService service) {
		for (UUID location : service.locationIds()) {
			this.jdbc.sql("insert into service_at_location (id, service_id, location_id) values (?, ?, ?)")
				.params(DirectoryStore.serviceAtLocationId(service.id(), location), service.id(), location)
				.update();
		}
		this.phones.insertOfService(service.id(), service.phones());
		for (OpeningHours hours : service.openingHours()) {
			this.jdbc.sql("""
					insert into schedule (id, service_id, weekday, opens_at, closes_at, valid_from, valid_to)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), service.id(), hours.day().getValue(), hours.opensAt(), hours.closesAt(),
						hours.validFrom(), hours.validTo())
				.update();
		}
		if (!service.themeCodes().isEmpty()) {
			int linked = this.jdbc.sql("""
					insert into service_taxonomy (service_id, taxonomy_term_id)
					select :service, id from taxonomy_term where code in (:codes)""")
				.param("service", service.id())
				.param("codes", service.themeCodes())
				.update();
			if (linked != service.themeCodes().size()) {
				throw new IllegalArgumentException("Unknown theme among " + service.themeCodes());
			}
		}
	}

	/** Sets the alternate name and the staff-only note of a service. */
	void setAlternateNameAndNote(UUID serviceId, String alternateName, String internalNote) {
		this.jdbc.sql("update service set alternate_name = ?, internal_note = ? where id = ?")
			.params(alternateName, internalNote, serviceId)
			.update();
	}

	/**
	 * Marks a service's information as checked at {@code at} by {@code editor}.
	 * @return whether the service exists
	 */
	public boolean verify(UUID serviceId, Instant at, String editor) {
		return this.jdbc.sql("update service set last_verified_at = ?, last_verified_by = ? where id = ?")
			.params(Timestamp.from(at), editor, serviceId)
			.update() > 0;
	}

	/** Marks the services delivered at a place as changed (the place was). */
	public void touchServicesAt(UUID locationId) {
		this.jdbc.sql("""
				update service set last_modified = now() where id in
					(select service_id from service_at_location where location_id = ?)""").param(locationId).update();
	}

	/** Keeps a version of a service in its history. */
	public void recordHistory(UUID serviceId, Object snapshot, String changedBy, String action) {
		this.jdbc.sql("""
				insert into service_history (service_id, snapshot, changed_by, action)
				values (?, cast(? as jsonb), ?, ?)""")
			.params(serviceId, this.store.toJson(snapshot), changedBy, action)
			.update();
	}

	/** The bulk path of an import for the organisations' phones, in its transaction. */
	public void writeStagedOrganizationPhones() {
		this.phones.writeStagedOfOrganizations();
	}

	/**
	 * The bulk path of an import, in its transaction: writes the services staged in
	 * {@code x_import_service} that {@code x_import_changed} lists, each row once, then
	 * replaces their phones, hours, places and themes from the other staging tables.
	 */
	public void writeStaged(String source, boolean managedElsewhere) {
		String sourceColumns = (source != null) ? ", import_source, managed_elsewhere" : "";
		String sourceValues = (source != null) ? ", :source, :managedElsewhere" : "";
		String sourceUpdate = (source != null)
				? ", import_source = excluded.import_source, managed_elsewhere = excluded.managed_elsewhere" : "";
		this.jdbc
			.sql("""
					insert into service (id, organization_id, name, description, application_process, fees_description,
						eligibility_description, status, kind, url, email, minimum_age, maximum_age, cost, languages,
						target_groups, area_level, area_codes, last_verified_at, last_verified_by, last_modified,
						area_description, alternate_name, program_id%s)
					select x.id, x.organization_id, x.name, x.description, x.application_process, x.fees_description,
						x.eligibility_description, x.status, x.kind, x.url, x.email, x.minimum_age, x.maximum_age, x.cost,
						x.languages, x.target_groups, x.area_level, x.area_codes, x.last_verified_at, x.last_verified_by,
						coalesce(x.last_modified, now()), x.area_description, x.alternate_name, x.program_id%s
					from x_import_service x join x_import_changed c on c.id = x.id
					on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
						description = excluded.description, application_process = excluded.application_process,
						fees_description = excluded.fees_description,
						eligibility_description = excluded.eligibility_description, status = excluded.status,
						kind = excluded.kind, url = excluded.url, email = excluded.email,
						minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, cost = excluded.cost,
						languages = excluded.languages, target_groups = excluded.target_groups,
						area_level = excluded.area_level, area_codes = excluded.area_codes,
						last_verified_at = excluded.last_verified_at, last_verified_by = excluded.last_verified_by,
						last_modified = excluded.last_modified, area_description = excluded.area_description,
						alternate_name = excluded.alternate_name, program_id = excluded.program_id%s"""
				.formatted(sourceColumns, sourceValues, sourceUpdate))
			.param("source", source)
			.param("managedElsewhere", managedElsewhere)
			.update();
		String ofChanged = " t using x_import_changed c where t.service_id = c.id and not c.added";
		for (String part : List.of("schedule", "service_at_location", "service_taxonomy")) {
			this.jdbc.sql("delete from " + part + ofChanged).update();
		}
		this.phones.writeStagedOfServices();
		this.jdbc.sql("""
				insert into schedule (id, service_id, weekday, opens_at, closes_at, valid_from, valid_to)
				select h.id, h.service_id, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to
				from x_import_schedule h join x_import_changed c on c.id = h.service_id""").update();
		this.jdbc.sql("""
				insert into service_at_location (id, service_id, location_id)
				select sal.id, sal.service_id, sal.location_id
				from x_import_service_at_location sal join x_import_changed c on c.id = sal.service_id""").update();
		this.jdbc.sql("""
				insert into service_taxonomy (service_id, taxonomy_term_id)
				select st.service_id, st.taxonomy_term_id
				from x_import_service_taxonomy st join x_import_changed c on c.id = st.service_id""").update();
		ServicesChanged.of(this.jdbc.sql("select id from x_import_changed where not added").query(UUID.class).list())
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * Marks every staged service ({@code x_import_service}) as coming from
	 * {@code source}, where it did not already say so.
	 */
	public void markStagedSource(String source, boolean managedElsewhere) {
		this.jdbc.sql("""
				update service s set import_source = :source, managed_elsewhere = :managedElsewhere
				from x_import_service x where s.id = x.id
					and (s.import_source, s.managed_elsewhere) is distinct from (:source, :managedElsewhere)""")
			.param("source", source)
			.param("managedElsewhere", managedElsewhere)
			.update();
	}

	/**
	 * Closes the services imported from this source that are not in the package (ids as
	 * written in it).
	 * @return how many were closed
	 */
	public int closeAbsent(String source, Set<String> inPackage) {
		List<UUID> closed = this.jdbc.sql("""
				update service set status = 'closed', last_modified = now()
				where import_source = :source and status <> 'closed' and not (id::text = any(:ids)) returning id""")
			.param("source", source)
			.param("ids", inPackage.toArray(String[]::new))
			.query(UUID.class)
			.list();
		ServicesClosed.of(closed).ifPresent(this.events::publishEvent);
		return closed.size();
	}

	/**
	 * The crosswalk changed what a package term maps to: the services the package gave
	 * the term lose the {@code old} theme (unless another of their terms maps to it) and
	 * gain the {@code chosen} one (either may be null).
	 */
	public void reclassifyPackageTerm(UUID term, UUID old, UUID chosen) {
		if (old != null && !old.equals(chosen)) {
			// The old theme leaves the services that no other of their package terms
			// maps to it.
			this.jdbc.sql("""
					delete from service_taxonomy st using service_package_term spt
					where spt.term_id = :term and st.service_id = spt.service_id and st.taxonomy_term_id = :old
						and not exists (select 1 from service_package_term o join package_term p on p.id = o.term_id
							where o.service_id = st.service_id and o.term_id <> :term and p.theme_id = :old)""")
				.param("term", term)
				.param("old", old)
				.update();
		}
		if (chosen != null) {
			this.jdbc.sql("""
					insert into service_taxonomy (service_id, taxonomy_term_id)
					select service_id, :theme from service_package_term where term_id = :term
					on conflict do nothing""").param("term", term).param("theme", chosen).update();
		}
	}

}
