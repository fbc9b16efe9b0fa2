package brussels.maillage.directory.organizations;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' side of organisations: find them, change them and their places, list their
 * services. Writes go through {@link OrganizationRepository}.
 */
@Service
@Transactional(readOnly = true)
class OrganizationEditing {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	private final OrganizationRepository organizations;

	private final ServiceRepository services;

	private final AuditLog audit;

	private final DirectoryService directory;

	OrganizationEditing(JdbcClient jdbc, DirectoryStore store, OrganizationRepository organizations,
			ServiceRepository services, AuditLog audit, DirectoryService directory) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.store = store;
		this.organizations = organizations;
		this.services = services;
		this.audit = audit;
	}

	/** Every place of an organisation, confidential ones included. */
	public List<ServiceLocation> locationsOf(UUID organizationId) {
		return this.store.locationsOf(organizationId);
	}

	/**
	 * Adds or changes an organisation (its name, alternate name, description and
	 * contacts).
	 */
	@Transactional
	public void saveOrganization(UUID id, String name, String alternateName, LocalizedText description, String email,
			String website, String internalNote, String editor) {
		boolean changed = this.organizations.update(id, name, blankToNull(alternateName), description,
				blankToNull(email), blankToNull(website), blankToNull(internalNote));
		if (!changed) {
			this.organizations.insert(new RegisterOrganization(id, name, description, blankToNull(email),
					blankToNull(website), List.of()));
			this.organizations.setAlternateNameAndNote(id, blankToNull(alternateName), blankToNull(internalNote));
			this.audit.record("directory.organization.registered", "organization", id, name);
		}
		else {
			this.audit.record("directory.organization.edited", "organization", id, editor);
		}
	}

	/**
	 * The alternate name of an organisation (an acronym, another language's), or null.
	 */
	public String organizationAlternateName(UUID id) {
		return this.jdbc.sql("select alternate_name from organization where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
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
		this.organizations.saveLocation(organizationId, location, blankToNull(location.name()));
		this.services.touchServicesAt(location.id());
		this.audit.record("directory.location.saved", "organization", organizationId, location.id().toString());
	}

	/** Organisations whose name contains the text (all when blank), by name. */
	public List<OrganizationSummary> findOrganizations(String text, int limit) {
		String pattern = (text == null || text.isBlank()) ? "%"
				: "%" + this.directory.normalize(text).replace("%", "").replace("_", "") + "%";
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
	List<ListedService> servicesOf(UUID organizationId) {
		return this.jdbc.sql("""
				select s.id, s.name::text as name, s.status from service s
				where s.organization_id = ? order by s.name ->> 'fr', s.id""")
			.param(organizationId)
			.query((rs, row) -> new ListedService(rs.getObject("id", UUID.class), this.store.text(rs.getString("name")),
					ServiceStatus.of(rs.getString("status"))))
			.list();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
