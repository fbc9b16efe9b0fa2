package brussels.maillage.prevention.local;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Which directory services are local initiatives of a bassin: open services with a public
 * place in it, or whose service area is the bassin or one of its communes. Searches the
 * directory for them as an officer types.
 */
@Component
public class LocalServices {

	/** Hits asked of the directory for one list of local ones. */
	private static final int SEARCHED = 40;

	private final DirectoryService directory;

	private final TerritoryService territory;

	public LocalServices(DirectoryService directory, TerritoryService territory) {
		this.directory = directory;
		this.territory = territory;
	}

	/**
	 * Local services of the bassin matching the words, best first, at most {@code size}.
	 */
	public List<SearchHit> search(String words, PreventionBassin bassin, int size) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		Place place = new Place(null, null, bassin.name(), null, null);
		return this.directory.search(new SearchQuery(words, null, null, false, null, place, null, null, 0, SEARCHED))
			.hits()
			.stream()
			.filter((hit) -> this.directory.service(hit.id()).filter((service) -> isLocal(service, bassin)).isPresent())
			.limit(size)
			.toList();
	}

	/** Whether the service exists, is open and works in the bassin. */
	public boolean isLocal(UUID serviceId, PreventionBassin bassin) {
		return this.directory.service(serviceId).filter((service) -> isLocal(service, bassin)).isPresent();
	}

	private boolean isLocal(ServiceDetails service, PreventionBassin bassin) {
		if (service.status() == ServiceStatus.CLOSED) {
			return false;
		}
		if (service.areaLevel() == AreaLevel.BASSIN && service.areaCodes().contains(bassin.name())) {
			return true;
		}
		if (service.areaLevel() == AreaLevel.COMMUNE
				&& service.areaCodes().stream().anyMatch(communes(bassin)::contains)) {
			return true;
		}
		return service.locations().stream().anyMatch((location) -> inBassin(location, bassin));
	}

	private Set<String> communes(PreventionBassin bassin) {
		return this.territory.bassin(bassin.name())
			.map((summary) -> summary.communes().stream().map(Commune::nis).collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	private boolean inBassin(ServiceLocation location, PreventionBassin bassin) {
		if (location.confidential() || location.latitude() == null || location.longitude() == null) {
			return false;
		}
		try {
			return bassin.name().equals(this.territory.place(location.latitude(), location.longitude()).bassin());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
