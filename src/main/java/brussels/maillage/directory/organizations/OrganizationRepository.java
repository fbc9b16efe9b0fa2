package brussels.maillage.directory.organizations;

import java.util.UUID;

import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the {@code organization}, {@code location} and {@code program}
 * tables: one at a time for editors and registrations, in bulk from the import's staging
 * tables (programs from the import only). The callers own the transaction.
 */
@Repository
public class OrganizationRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OrganizationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds an organisation with its places. */
	public void insert(RegisterOrganization organization) {
		this.jdbc.sql("""
				insert into organization (id, name, description, email, website)
				values (?, ?, cast(? as jsonb), ?, ?)""")
			.params(organization.id(), organization.name(), this.json.writeValueAsString(organization.description()),
					organization.email(), organization.website())
			.update();
		for (ServiceLocation location : organization.locations()) {
			this.jdbc.sql("""
					insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
						longitude, confidential)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(location.id(), organization.id(), location.name(), location.address(), location.postcode(),
						location.city(), location.communeNis(), location.latitude(), location.longitude(),
						location.confidential())
				.update();
		}
	}

	/**
	 * Changes an organisation's name, alternate name, description, contacts and note.
	 * @return whether it exists
	 */
	boolean update(UUID id, String name, String alternateName, LocalizedText description, String email, String website,
			String internalNote) {
		return this.jdbc.sql("""
				update organization set name = ?, alternate_name = ?, description = cast(? as jsonb), email = ?,
					website = ?, internal_note = ?, last_modified = now() where id = ?""")
			.params(name, alternateName, this.json.writeValueAsString(description), email, website, internalNote, id)
			.update() > 0;
	}

	/** Sets the alternate name and the staff-only note of an organisation. */
	void setAlternateNameAndNote(UUID id, String alternateName, String internalNote) {
		this.jdbc.sql("update organization set alternate_name = ?, internal_note = ? where id = ?")
			.params(alternateName, internalNote, id)
			.update();
	}

	/** Adds or changes a place of an organisation. */
	void saveLocation(UUID organizationId, ServiceLocation location, String name) {
		int changed = this.jdbc.sql("""
				update location set name = ?, address = ?, postcode = ?, city = ?, commune_nis = ?, latitude = ?,
					longitude = ?, confidential = ? where id = ? and organization_id = ?""")
			.params(name, location.address(), location.postcode(), location.city(), location.communeNis(),
					location.latitude(), location.longitude(), location.confidential(), location.id(), organizationId)
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
						longitude, confidential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(location.id(), organizationId, name, location.address(), location.postcode(), location.city(),
						location.communeNis(), location.latitude(), location.longitude(), location.confidential())
				.update();
		}
	}

	/**
	 * The bulk path of an import, in its transaction: writes the organisations and places
	 * staged in {@code x_import_organization} and {@code x_import_location}, touching
	 * only the rows that differ (a moved place lists the services there in the change
	 * log, V50).
	 */
	public void writeStaged() {
		this.jdbc.sql("""
				insert into organization (id, name, description, email, website, alternate_name)
				select id, name, description, email, website, alternate_name from x_import_organization
				on conflict (id) do update set name = excluded.name, description = excluded.description,
					email = excluded.email, website = excluded.website, alternate_name = excluded.alternate_name,
					last_modified = now()
				where (organization.name, organization.description, organization.email, organization.website,
					organization.alternate_name) is distinct from (excluded.name, excluded.description,
					excluded.email, excluded.website, excluded.alternate_name)""").update();
		// Programs (HSDS 3.1): a renamed program lists its services in the change log
		// (V131).
		this.jdbc.sql("""
				insert into program (id, organization_id, name, alternate_name, description)
				select id, organization_id, name, alternate_name, coalesce(description, '') from x_import_program
				on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
					alternate_name = excluded.alternate_name, description = excluded.description, last_modified = now()
				where (program.organization_id, program.name, program.alternate_name, program.description)
					is distinct from (excluded.organization_id, excluded.name, excluded.alternate_name,
					excluded.description)""").update();
		this.jdbc.sql("""
				insert into location (id, organization_id, name, address, postcode, city, commune_nis, latitude,
					longitude)
				select id, organization_id, name, address, postcode, city, commune_nis, latitude, longitude
				from x_import_location
				on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
					address = excluded.address, postcode = excluded.postcode, city = excluded.city,
					commune_nis = excluded.commune_nis, latitude = excluded.latitude, longitude = excluded.longitude
				where (location.organization_id, location.name, location.address, location.postcode, location.city,
					location.commune_nis, location.latitude, location.longitude) is distinct from
					(excluded.organization_id, excluded.name, excluded.address, excluded.postcode, excluded.city,
					excluded.commune_nis, excluded.latitude, excluded.longitude)""").update();
	}

}
