package brussels.maillage.directory;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.search.ServiceSearch;
import brussels.maillage.directory.organizations.OrganizationRepository;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API for other modules and its own pages: search services, read
 * services, organisations and themes, register new entries.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

	private final DirectoryStore store;

	private final ServiceSearch search;

	private final AuditLog audit;

	private final TerritoryService territory;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	DirectoryService(DirectoryStore store, ServiceSearch search, AuditLog audit, TerritoryService territory,
			ServiceRepository services, OrganizationRepository organizations) {
		this.store = store;
		this.services = services;
		this.organizations = organizations;
		this.search = search;
		this.audit = audit;
		this.territory = territory;
	}

	/**
	 * The 19 communes, where a person may live, as NIS code and name in the reader's
	 * language, in alphabetical order (for place pickers: a commune where the directory
	 * has no place is still served by bassin and regional services).
	 */
	public List<Map.Entry<String, String>> communes(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.territory.communes()
			.stream()
			.map((commune) -> Map.entry(commune.nis(), commune.name().in(locale).text()))
			.sorted(Map.Entry.comparingByValue(collator))
			.toList();
	}

	/**
	 * Finds the services that can help a person, best first: relevance to the text, then
	 * the closest level of service area, then distance. Every search runs on the search
	 * engine, brought up to the directory's version first (one read of the change log).
	 * No transaction of its own (its reads need none; it joins the caller's).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public SearchResults search(SearchQuery query) {
		return this.search.search(query);
	}

	/**
	 * The same search in the same order, without the number of services per theme
	 * (faster: for clients that page through results).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public SearchResults find(SearchQuery query) {
		return this.search.search(query, false);
	}

	/** One service with its public places, phones, opening hours and themes. */
	public Optional<ServiceDetails> service(UUID id) {
		return this.store.service(id);
	}

	/** One organisation. */
	public Optional<Organization> organization(UUID id) {
		return this.store.organization(id);
	}

	/** Organisations by name, {@code limit} from {@code offset}. */
	public List<Organization> organizations(int offset, int limit) {
		return this.store.organizations(offset, limit);
	}

	/** How many organisations the directory holds. */
	public long countOrganizations() {
		return this.store.countOrganizations();
	}

	/** How many services the directory holds, whatever their status. */
	public long countServices() {
		return this.store.countServices();
	}

	/** The whole taxonomy, themes and sub-themes, in display order. */
	public List<Theme> themes() {
		return this.store.themes();
	}

	/** The taxonomies the themes come from. */
	public List<Taxonomy> taxonomies() {
		return this.store.taxonomies();
	}

	/** The id of the link between a service and one of its places. */
	public static UUID serviceAtLocationId(UUID serviceId, UUID locationId) {
		return DirectoryStore.serviceAtLocationId(serviceId, locationId);
	}

	/**
	 * The organisations offering an active service with a theme (by code, for example
	 * {@code nursing_homes}), with their first public place, by name.
	 */
	public List<OrganizationPlace> organizationsWithTheme(String themeCode) {
		return this.store.organizationsWithTheme(themeCode);
	}

	/** Whether an organisation is registered. */
	public boolean hasOrganization(UUID id) {
		return this.store.organizationExists(id);
	}

	/** Adds an organisation with its places. */
	@Transactional
	public void register(RegisterOrganization organization) {
		this.organizations.insert(organization);
		this.audit.record("directory.organization.registered", "organization", organization.id(), organization.name());
	}

	/** Adds a service and keeps the registration in its history. */
	@Transactional
	public void register(RegisterService service, String registeredBy) {
		this.services.insert(service);
		this.services.recordHistory(service.id(), service, registeredBy, "registered");
		this.audit.record("directory.service.registered", "service", service.id(), null);
	}

	/**
	 * Adds many organisations and services at once (an import or demo data), audited as
	 * one entry.
	 */
	@Transactional
	public void importEntries(List<RegisterOrganization> organizations, List<RegisterService> services, String source) {
		organizations.forEach(this.organizations::insert);
		for (RegisterService service : services) {
			this.services.insert(service);
			this.services.recordHistory(service.id(), service, source, "imported");
		}
		this.audit.record("directory.imported", "directory", source,
				organizations.size() + " organisations, " + services.size() + " services");
	}

}
