package brussels.maillage.directory.search;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.OrganizationPlace;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.Taxonomy;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.organizations.OrganizationRepository;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.directory.services.ServiceRepository;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The directory's API ({@link DirectoryService}) as the search implements it: the search
 * is its own ({@link ServiceSearch}); the reads are handed to {@link DirectoryStore}, the
 * registrations to the writers of the services' and organisations' tables
 * ({@link ServiceRepository}, {@link OrganizationRepository}, which the import's bulk
 * path uses too). The searches carry no transaction attribute: they need no transaction
 * and join the caller's, and a call goes straight to the search, as the search page's did
 * before.
 */
@Service
class DirectoryApi implements DirectoryService {

	/** Languages whose sorted communes are kept at most, then forgotten all at once. */
	private static final int KEPT_LOCALES = 16;

	private final DirectoryStore store;

	private final ServiceSearch search;

	private final AuditLog audit;

	private final TerritoryService territory;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final Map<Locale, SortedCommunes> sortedCommunes = new ConcurrentHashMap<>();

	DirectoryApi(DirectoryStore store, ServiceSearch search, AuditLog audit, TerritoryService territory,
			ServiceRepository services, OrganizationRepository organizations) {
		this.store = store;
		this.services = services;
		this.organizations = organizations;
		this.search = search;
		this.audit = audit;
		this.territory = territory;
	}

	/**
	 * The communes by name in {@code locale}'s order: sorted once per language and kept
	 * while the territory's communes are the same (they are held in memory by the
	 * territory module: no transaction, no collator per page).
	 */
	@Override
	public List<Map.Entry<String, String>> communes(Locale locale) {
		List<Commune> communes = this.territory.communes();
		SortedCommunes kept = this.sortedCommunes.get(locale);
		if (kept == null || !kept.communes().equals(communes)) {
			Collator collator = Collator.getInstance(locale);
			kept = new SortedCommunes(communes,
					communes.stream()
						.map((commune) -> Map.entry(commune.nis(), commune.name().in(locale).text()))
						.sorted(Map.Entry.comparingByValue(collator))
						.toList());
			if (this.sortedCommunes.size() >= KEPT_LOCALES) {
				this.sortedCommunes.clear();
			}
			this.sortedCommunes.put(locale, kept);
		}
		return kept.sorted();
	}

	/** The communes as the territory gave them, and by name in a language. */
	private record SortedCommunes(List<Commune> communes, List<Map.Entry<String, String>> sorted) {
	}

	@Override
	public SearchResults search(SearchQuery query) {
		return this.search.search(query);
	}

	@Override
	public SearchResults find(SearchQuery query) {
		return this.search.search(query, false);
	}

	@Override
	public String normalize(String text) {
		return ServiceSearch.normalize(text);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ServiceDetails> service(UUID id) {
		return this.store.service(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Organization> organization(UUID id) {
		return this.store.organization(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Organization> organizations(int offset, int limit) {
		return this.store.organizations(offset, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public long countOrganizations() {
		return this.store.countOrganizations();
	}

	@Override
	@Transactional(readOnly = true)
	public long countServices() {
		return this.store.countServices();
	}

	/**
	 * Outside a transaction, the themes the search keeps when its engine holds the
	 * directory's current version (the taxonomy is read again only when that version
	 * moved: the search page's theme picker); otherwise, or in the caller's transaction,
	 * which may have changed them, read from PostgreSQL.
	 */
	@Override
	public List<Theme> themes() {
		if (!TransactionSynchronizationManager.isActualTransactionActive() && this.search.current()) {
			return this.search.themes();
		}
		return this.store.themes();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Taxonomy> taxonomies() {
		return this.store.taxonomies();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganizationPlace> organizationsWithTheme(String themeCode) {
		return this.store.organizationsWithTheme(themeCode);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasOrganization(UUID id) {
		return this.store.organizationExists(id);
	}

	@Override
	@Transactional
	public void register(RegisterOrganization organization) {
		this.organizations.insert(organization);
		this.audit.record("directory.organization.registered", "organization", organization.id(), organization.name());
	}

	@Override
	@Transactional
	public void register(RegisterService service, String registeredBy) {
		this.services.insert(service);
		this.services.recordHistory(service.id(), service, registeredBy, "registered");
		this.audit.record("directory.service.registered", "service", service.id(), null);
	}

	@Override
	@Transactional
	public void importEntries(List<RegisterOrganization> organizations, List<RegisterService> services, String source) {
		organizations.forEach(this.organizations::insert);
		for (RegisterService service : services) {
			this.services.insert(service);
			this.services.recordHistory(service.id(), service, source, "imported");
		}
		this.audit.record("directory.imported", "directory", source,
				AuditLog.details("api-import", organizations.size(), services.size()));
	}

}
