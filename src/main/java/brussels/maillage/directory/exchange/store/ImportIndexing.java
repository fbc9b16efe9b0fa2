package brussels.maillage.directory.exchange.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.search.index.ImportedService;
import brussels.maillage.directory.search.index.SearchIndexHandoff;

import org.springframework.stereotype.Component;

/**
 * Hands the search index the services an import writes ({@link SearchIndexHandoff}), so
 * that they are indexed while PostgreSQL writes them instead of being read back after the
 * commit. What a service's document needs besides the package (its organisation's name,
 * its places and its package terms' parents as the directory holds them after the
 * import's upserts, the transaction's time for a service without a last modification) is
 * read in the import's transaction once the package is compared, and those rows are kept
 * from changing until it ends ({@code for share}), so that an editor's change to them is
 * logged after the import's and read again by the index.
 */
@Component
class ImportIndexing {

	private final SearchIndexHandoff handoff;

	ImportIndexing(SearchIndexHandoff handoff) {
		this.handoff = handoff;
	}

	/**
	 * Starts indexing the services about to be written ({@code x_import_changed}); their
	 * documents are made on the indexing thread.
	 */
	SearchIndexHandoff.Handoff start(Staging staging, DirectorySnapshot incoming, DirectorySnapshot.Extras extras)
			throws SQLException {
		Map<UUID, Boolean> changed = new HashMap<>();
		staging.query("select id, added from x_import_changed",
				(rs) -> changed.put(rs.getObject(1, UUID.class), rs.getBoolean(2)));
		Map<UUID, String[]> organizations = new HashMap<>();
		staging.query("""
				select o.id, o.name, o.alternate_name from organization o
				where o.id in (select x.organization_id from x_import_service x join x_import_changed c on c.id = x.id)
				for share of o""", (rs) -> organizations.put(rs.getObject(1, UUID.class),
				new String[] { rs.getString(2), rs.getString(3) }));
		// The programs' names as the upsert left them.
		Map<UUID, String> programs = new HashMap<>();
		staging.query("""
				select p.id, p.name from program p
				where p.id in (select x.program_id from x_import_service x join x_import_changed c on c.id = x.id)
				for share of p""", (rs) -> programs.put(rs.getObject(1, UUID.class), rs.getString(2)));
		// The rank of each place by postcode then street in PostgreSQL's own order: the
		// page shows a service's first public place in that order.
		Map<UUID, ImportedService.Place> places = new HashMap<>();
		staging.query("""
				select l.id, l.latitude, l.longitude, l.confidential, l.address || ', ' || l.postcode || ' ' || l.city,
					row_number() over (order by l.postcode, l.address)
				from (select id, latitude, longitude, confidential, address, postcode, city from location
					where id in (select sal.location_id from x_import_service_at_location sal
						join x_import_changed c on c.id = sal.service_id)
					for share) l""",
				(rs) -> places.put(rs.getObject(1, UUID.class), new ImportedService.Place((Double) rs.getObject(2),
						(Double) rs.getObject(3), rs.getBoolean(4), rs.getString(5), rs.getLong(6))));
		Map<UUID, Term> terms = new HashMap<>();
		staging.query("""
				with recursive carried (id) as (
					select t.term_id from x_import_service_package_term t join x_import_changed c on c.id = t.service_id
					union
					select p.parent_id from carried c join package_term p on p.id = c.id where p.parent_id is not null)
				select p.id, p.parent_id, p.name from package_term p where p.id in (select id from carried)
				for share of p""",
				(rs) -> terms.put(rs.getObject(1, UUID.class), new Term(rs.getObject(2, UUID.class), rs.getString(3))));
		Instant[] now = { null };
		staging.query("select now()", (rs) -> now[0] = rs.getTimestamp(1).toInstant());
		List<UUID> replaced = changed.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue())
			.map(Map.Entry::getKey)
			.toList();
		Written written = new Written(incoming, extras, changed.keySet(), organizations, programs, places, terms,
				now[0]);
		return this.handoff.start(written::services, replaced);
	}

	/** A package term: its parent and its name. */
	private record Term(UUID parent, String name) {
	}

	/** The services written, as PostgreSQL holds them once written. */
	private record Written(DirectorySnapshot incoming, DirectorySnapshot.Extras extras, Set<UUID> changed,
			Map<UUID, String[]> organizations, Map<UUID, String> programs, Map<UUID, ImportedService.Place> places,
			Map<UUID, Term> terms, Instant now) {

		/**
		 * The services, except those PostgreSQL would not hold exactly as read (a time
		 * finer than its microseconds): the index reads those back.
		 */
		java.util.Iterator<ImportedService> services() {
			Map<UUID, List<DirectorySnapshot.ServiceAtLocation>> links = byService(this.incoming.servicesAtLocations(),
					DirectorySnapshot.ServiceAtLocation::serviceId);
			Map<UUID, List<DirectorySnapshot.Slot>> slots = byService(this.incoming.schedules(),
					DirectorySnapshot.Slot::serviceId);
			Map<UUID, List<DirectorySnapshot.ServiceTerm>> themes = byService(this.incoming.serviceTerms(),
					DirectorySnapshot.ServiceTerm::serviceId);
			Map<UUID, List<DirectorySnapshot.ServicePackageTerm>> packageTerms = byService(this.extras.serviceTerms(),
					DirectorySnapshot.ServicePackageTerm::serviceId);
			return this.incoming.services()
				.stream()
				.filter((service) -> this.changed.contains(service.id()))
				.map((service) -> service(service, links.getOrDefault(service.id(), List.of()),
						slots.getOrDefault(service.id(), List.of()), themes.getOrDefault(service.id(), List.of()),
						packageTerms.getOrDefault(service.id(), List.of())))
				.filter((service) -> service != null)
				.iterator();
		}

		private <T> Map<UUID, List<T>> byService(List<T> rows, java.util.function.Function<T, UUID> service) {
			Map<UUID, List<T>> grouped = new HashMap<>();
			for (T row : rows) {
				UUID id = service.apply(row);
				if (this.changed.contains(id)) {
					grouped.computeIfAbsent(id, (k) -> new ArrayList<>(2)).add(row);
				}
			}
			return grouped;
		}

		/** The service as written, or {@code null} when the index must read it back. */
		private ImportedService service(DirectorySnapshot.Svc service, List<DirectorySnapshot.ServiceAtLocation> links,
				List<DirectorySnapshot.Slot> slots, List<DirectorySnapshot.ServiceTerm> themes,
				List<DirectorySnapshot.ServicePackageTerm> packageTerms) {
			String[] organization = this.organizations.get(service.organizationId());
			Instant modified = (service.lastModified() != null) ? service.lastModified() : this.now;
			String program = (service.programId() != null) ? this.programs.get(service.programId()) : null;
			if (organization == null || modified.getNano() % 1000 != 0
					|| (service.programId() != null && program == null)) {
				return null;
			}
			List<String> alternateNames = java.util.stream.Stream.of(service.alternateName(), organization[1])
				.filter((name) -> name != null)
				.toList();
			List<ImportedService.Place> at = new ArrayList<>(links.size());
			for (DirectorySnapshot.ServiceAtLocation link : links) {
				ImportedService.Place place = this.places.get(link.locationId());
				if (place == null) {
					return null;
				}
				at.add(place);
			}
			List<ImportedService.Hours> hours = new ArrayList<>(slots.size());
			for (DirectorySnapshot.Slot slot : slots) {
				if (!microseconds(slot.opensAt()) || !microseconds(slot.closesAt())) {
					return null;
				}
				hours.add(new ImportedService.Hours(slot.weekday(), slot.opensAt(), slot.closesAt(), slot.validFrom(),
						slot.validTo()));
			}
			Set<UUID> themeIds = new LinkedHashSet<>();
			themes.forEach((theme) -> themeIds.add(theme.termId()));
			Map<UUID, ImportedService.PackageTerm> carried = new java.util.LinkedHashMap<>();
			for (DirectorySnapshot.ServicePackageTerm term : packageTerms) {
				for (UUID id = term.termId(); id != null
						&& !carried.containsKey(id); id = this.terms.get(id).parent()) {
					Term found = this.terms.get(id);
					if (found == null) {
						return null;
					}
					carried.put(id, new ImportedService.PackageTerm(id, found.name()));
				}
			}
			return new ImportedService(service.id(), service.organizationId(), organization[0], service.name(),
					service.description(), service.eligibility(), service.status(), service.kind(), service.cost(),
					service.languages(), service.targetGroups(),
					ImportedService.searchedLevel(service.areaLevel(), service.areaCodes(), service.areaDescription()),
					service.areaCodes(), at, modified, hours, service.minimumAge(), service.maximumAge(),
					List.copyOf(themeIds), List.copyOf(carried.values()), alternateNames, program);
		}

		/** Whether PostgreSQL's {@code time} holds it exactly. */
		private static boolean microseconds(LocalTime time) {
			return time.getNano() % 1000 == 0;
		}

	}

}
