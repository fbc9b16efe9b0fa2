package brussels.maillage.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory's API for other modules and its own pages: search services, read
 * services, organisations and themes, register new entries. It is implemented in
 * {@code directory.search}, which owns the search, its main work; the reads are handed to
 * the directory's reader, the registrations to the writers of the services' and the
 * organisations' tables.
 */
public interface DirectoryService {

	/**
	 * The 19 communes, where a person may live, as NIS code and name in the reader's
	 * language, in alphabetical order (for place pickers: a commune where the directory
	 * has no place is still served by bassin and regional services).
	 */
	List<Map.Entry<String, String>> communes(Locale locale);

	/**
	 * Finds the services that can help a person, best first: relevance to the text, then
	 * the closest level of service area, then distance. Every search runs on the search
	 * engine, brought up to the directory's version first (one read of the change log).
	 * No transaction of its own (its reads need none; it joins the caller's).
	 */
	SearchResults search(SearchQuery query);

	/**
	 * The same search in the same order, without the number of services per theme
	 * (faster: for clients that page through results).
	 */
	SearchResults find(SearchQuery query);

	/**
	 * A text as the search reads it: lower case, without accents or punctuation that has
	 * no meaning for the search (for texts compared with the search's words).
	 */
	String normalize(String text);

	/** One service with its public places, phones, opening hours and themes. */
	Optional<ServiceDetails> service(UUID id);

	/** One organisation. */
	Optional<Organization> organization(UUID id);

	/** Organisations by name, {@code limit} from {@code offset}. */
	List<Organization> organizations(int offset, int limit);

	/** How many organisations the directory holds. */
	long countOrganizations();

	/** How many services the directory holds, whatever their status. */
	long countServices();

	/** The whole taxonomy, themes and sub-themes, in display order. */
	List<Theme> themes();

	/** The taxonomies the themes come from. */
	List<Taxonomy> taxonomies();

	/**
	 * The id of the link between a service and one of its places: derived from its two
	 * sides, so that the same link always has the same id.
	 */
	static UUID serviceAtLocationId(UUID serviceId, UUID locationId) {
		return UUID.nameUUIDFromBytes((serviceId + "/" + locationId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The organisations offering an active service with a theme (by code, for example
	 * {@code nursing_homes}), with their first public place, by name.
	 */
	List<OrganizationPlace> organizationsWithTheme(String themeCode);

	/** Whether an organisation is registered. */
	boolean hasOrganization(UUID id);

	/** Adds an organisation with its places. */
	void register(RegisterOrganization organization);

	/** Adds a service and keeps the registration in its history. */
	void register(RegisterService service, String registeredBy);

	/**
	 * Adds many organisations and services at once (an import or demo data), audited as
	 * one entry.
	 */
	void importEntries(List<RegisterOrganization> organizations, List<RegisterService> services, String source);

}
