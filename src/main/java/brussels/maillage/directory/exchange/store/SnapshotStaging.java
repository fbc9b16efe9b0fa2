package brussels.maillage.directory.exchange.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * The import's staging tables: what a package holds, copied ({@code COPY}) into temporary
 * tables of the transaction, and the services among them that differ from the directory.
 */
final class SnapshotStaging {

	private SnapshotStaging() {
	}

	/** Everything read, copied into temporary tables of the transaction. */
	static void stage(Staging staging, DirectorySnapshot incoming) throws SQLException, IOException {
		staging.create("x_import_organization",
				"id uuid, name text, description jsonb, email text, website text, alternate_name text");
		staging.copy("x_import_organization", incoming.organizations(),
				(org, row) -> row.add(org.id())
					.add(org.name())
					.add(ExchangeStore.toJson(org.description()))
					.add(org.email())
					.add(org.website())
					.add(org.alternateName()));
		staging.create("x_import_program",
				"id uuid, organization_id uuid, name text, alternate_name text, description text");
		staging.copy("x_import_program", incoming.programs(),
				(program, row) -> row.add(program.id())
					.add(program.organizationId())
					.add(program.name())
					.add(program.alternateName())
					.add(program.description()));
		staging.create("x_import_location", """
				id uuid, organization_id uuid, name text, address text, postcode text, city text,
				commune_nis text, latitude double precision, longitude double precision""");
		staging.copy("x_import_location", incoming.locations(),
				(loc, row) -> row.add(loc.id())
					.add(loc.organizationId())
					.add(loc.name())
					.add(loc.address())
					.add(loc.postcode())
					.add(loc.city())
					.add(loc.communeNis())
					.add(loc.latitude())
					.add(loc.longitude()));
		staging.create("x_import_service", """
				id uuid, organization_id uuid, name jsonb, description jsonb, application_process jsonb,
				fees_description jsonb, eligibility_description jsonb, status text, kind text, url text, email text,
				minimum_age integer, maximum_age integer, cost text, languages text[], target_groups text[],
				area_level text, area_codes text[], last_verified_at timestamptz, last_verified_by text,
				last_modified timestamptz, area_description text, alternate_name text, program_id uuid""");
		staging.copy("x_import_service", incoming.services(),
				(svc, row) -> row.add(svc.id())
					.add(svc.organizationId())
					.add(ExchangeStore.toJson(svc.name()))
					.add(ExchangeStore.toJson(svc.description()))
					.add(ExchangeStore.toJson(svc.applicationProcess()))
					.add(ExchangeStore.toJson(svc.feesDescription()))
					.add(ExchangeStore.toJson(svc.eligibility()))
					.add(svc.status())
					.add(svc.kind())
					.add(svc.url())
					.add(svc.email())
					.add(svc.minimumAge())
					.add(svc.maximumAge())
					.add(svc.cost())
					.addArray(svc.languages())
					.addArray(svc.targetGroups())
					.add(svc.areaLevel())
					.addArray(svc.areaCodes())
					.add(svc.lastVerifiedAt())
					.add(svc.lastVerifiedBy())
					.add(svc.lastModified())
					.add(svc.areaDescription())
					.add(svc.alternateName())
					.add(svc.programId()));
		staging.create("x_import_phone", "id uuid, service_id uuid, number text, description jsonb");
		staging.copy("x_import_phone", incoming.phones(),
				(phone, row) -> row.add(phone.id())
					.add(phone.serviceId())
					.add(phone.number())
					.add(ExchangeStore.toJson(phone.description())));
		staging.create("x_import_schedule",
				"id uuid, service_id uuid, weekday smallint, opens_at time, closes_at time, valid_from date, valid_to date");
		staging.copy("x_import_schedule", incoming.schedules(),
				(slot, row) -> row.add(slot.id())
					.add(slot.serviceId())
					.add(slot.weekday())
					.add(slot.opensAt())
					.add(slot.closesAt())
					.add(slot.validFrom())
					.add(slot.validTo()));
		staging.create("x_import_service_at_location", "id uuid, service_id uuid, location_id uuid");
		staging.copy("x_import_service_at_location", incoming.servicesAtLocations(),
				(link, row) -> row.add(link.id()).add(link.serviceId()).add(link.locationId()));
		staging.create("x_import_service_taxonomy", "service_id uuid, taxonomy_term_id uuid");
		staging.copy("x_import_service_taxonomy", incoming.serviceTerms(),
				(term, row) -> row.add(term.serviceId()).add(term.termId()));
		// Statistics for the joins on ids (not the texts: sampling them costs more than
		// the plans gain).
		staging.execute("analyze x_import_service (id)");
		for (String table : List.of("x_import_phone", "x_import_schedule", "x_import_service_at_location",
				"x_import_service_taxonomy")) {
			staging.execute("analyze " + table + " (service_id)");
		}
	}

	/**
	 * The services to write ({@code x_import_changed}): new ones, and existing ones whose
	 * row, phones, hours, public places or themes differ from the package's (a text
	 * compared by its languages; no last modification in the package keeps the
	 * directory's).
	 */
	static void compare(Staging staging) throws SQLException {
		staging.create("x_import_changed", "id uuid, added boolean");
		staging.execute(
				"""
						insert into x_import_changed (id, added)
						select x.id, s.id is null from x_import_service x left join service s on s.id = x.id
						where s.id is null
							or (s.organization_id, jsonb_strip_nulls(s.name), jsonb_strip_nulls(s.description),
								jsonb_strip_nulls(s.application_process), jsonb_strip_nulls(s.fees_description),
								jsonb_strip_nulls(s.eligibility_description), s.status, s.kind, s.url, s.email,
								s.minimum_age, s.maximum_age, s.cost, s.languages, s.target_groups, s.area_level,
								s.area_codes, s.last_verified_at, s.last_verified_by, s.last_modified, s.area_description,
								s.alternate_name, s.program_id)
							is distinct from (x.organization_id, jsonb_strip_nulls(x.name), jsonb_strip_nulls(x.description),
								jsonb_strip_nulls(x.application_process), jsonb_strip_nulls(x.fees_description),
								jsonb_strip_nulls(x.eligibility_description), x.status, x.kind, x.url, x.email,
								x.minimum_age, x.maximum_age, x.cost, x.languages, x.target_groups, x.area_level,
								x.area_codes, x.last_verified_at, x.last_verified_by, coalesce(x.last_modified, s.last_modified),
								x.area_description, x.alternate_name, x.program_id)
							or x.id in (
								select service_id from (
									(select service_id, id, number, jsonb_strip_nulls(description) from x_import_phone
									except all
									select p.service_id, p.id, p.number, jsonb_strip_nulls(p.description)
									from phone p join x_import_service x on x.id = p.service_id)
									union all
									(select p.service_id, p.id, p.number, jsonb_strip_nulls(p.description)
									from phone p join x_import_service x on x.id = p.service_id
									except all
									select service_id, id, number, jsonb_strip_nulls(description) from x_import_phone)) d
								union all
								select service_id from (
									(select service_id, id, weekday, opens_at, closes_at, valid_from, valid_to
									from x_import_schedule
									except all
									select h.service_id, h.id, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to
									from schedule h join x_import_service x on x.id = h.service_id)
									union all
									(select h.service_id, h.id, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_to
									from schedule h join x_import_service x on x.id = h.service_id
									except all
									select service_id, id, weekday, opens_at, closes_at, valid_from, valid_to
									from x_import_schedule)) d
								union all
								select service_id from (
									(select service_id, id, location_id from x_import_service_at_location
									except all
									select sal.service_id, sal.id, sal.location_id
									from service_at_location sal join x_import_service x on x.id = sal.service_id
									join location l on l.id = sal.location_id where not l.confidential)
									union all
									(select sal.service_id, sal.id, sal.location_id
									from service_at_location sal join x_import_service x on x.id = sal.service_id
									join location l on l.id = sal.location_id where not l.confidential
									except all
									select service_id, id, location_id from x_import_service_at_location)) d
								union all
								select service_id from (
									(select service_id, taxonomy_term_id from x_import_service_taxonomy
									except all
									select st.service_id, st.taxonomy_term_id
									from service_taxonomy st join x_import_service x on x.id = st.service_id)
									union all
									(select st.service_id, st.taxonomy_term_id
									from service_taxonomy st join x_import_service x on x.id = st.service_id
									except all
									select service_id, taxonomy_term_id from x_import_service_taxonomy)) d)""");
	}

}
