package brussels.maillage.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import brussels.maillage.territory.Placement.Candidate;
import brussels.maillage.territory.reference.ReferenceData;
import brussels.maillage.territory.reference.TerritoryRepository.Assignment;
import brussels.maillage.territory.reference.TerritoryRepository.PostcodeCommune;
import brussels.maillage.territory.reference.TerritoryRepository;

/**
 * The territory tables as {@link TerritoryService} holds them in memory between two
 * changes, with the look-ups placing a postcode needs.
 */
record TerritorySnapshot(Map<String, Bassin> bassins, Map<String, Commune> communes,
		Map<String, Submunicipality> submunicipalities, Map<String, List<Submunicipality>> byCommune,
		Map<String, Assignment> quartierAssignments, Map<String, String> sectorQuartiers,
		Map<String, List<PostcodeCommune>> postcodes) {

	/** Before the first load. */
	static final TerritorySnapshot EMPTY = new TerritorySnapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
			Map.of(), Map.of());

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{4}");

	/**
	 * The sub-municipalities a postcode covers, where a commune is split between
	 * postcodes.
	 */
	private static final Map<String, List<String>> POSTCODE_PARTS = ReferenceData.csv("postcode-submunicipalities.csv")
		.stream()
		.collect(Collectors.groupingBy((row) -> row.get("postcode"),
				Collectors.mapping((row) -> row.get("submunicipality"), Collectors.toList())));

	/** Reads the tables. */
	static TerritorySnapshot load(TerritoryRepository repository) {
		Map<String, Bassin> bassins = ordered(repository.bassins(), Bassin::code);
		Map<String, Commune> communes = ordered(repository.communes(), Commune::nis);
		Map<String, Submunicipality> areas = ordered(repository.submunicipalities(), Submunicipality::code);
		Map<String, List<PostcodeCommune>> postcodes = repository.postcodes()
			.stream()
			.collect(Collectors.groupingBy(PostcodeCommune::postcode, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<Submunicipality>> byCommune = areas.values()
			.stream()
			.collect(Collectors.groupingBy(Submunicipality::nis, LinkedHashMap::new, Collectors.toList()));
		return new TerritorySnapshot(bassins, communes, areas, byCommune, repository.quartierAssignments(),
				repository.sectorQuartiers(), postcodes);
	}

	/** Whether the tables have been read. */
	boolean isLoaded() {
		return !this.submunicipalities.isEmpty();
	}

	/**
	 * A postcode as typed, stripped.
	 * @throws IllegalArgumentException when it is not four digits
	 */
	static String checkedPostcode(String postcode) {
		String code = (postcode != null) ? postcode.strip() : "";
		if (!POSTCODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A postcode is four digits, not \"" + postcode + "\"");
		}
		return code;
	}

	/**
	 * The communes (or parts of communes) a {@link #checkedPostcode checked postcode} may
	 * mean, with the bassin of each.
	 * @throws UnknownPostcodeException when it is not a Brussels postcode
	 */
	List<Candidate> candidates(String code) {
		List<PostcodeCommune> all = this.postcodes.get(code);
		if (all == null) {
			throw new UnknownPostcodeException(code);
		}
		// Pairs outside Statbel's postcode table are a street or two across a border (or
		// institutional postcodes,
		// which have no other pair): they count only when the postcode has no pair in the
		// table.
		List<PostcodeCommune> listed = all.stream().filter(PostcodeCommune::inStatbelTable).toList();
		List<PostcodeCommune> rows = listed.isEmpty() ? all : listed;
		List<Candidate> candidates = new ArrayList<>();
		for (PostcodeCommune row : rows) {
			Commune commune = this.communes.get(row.nis());
			// Where the reference data says which parts of a commune a postcode covers,
			// only those are candidates.
			List<String> parts = POSTCODE_PARTS.getOrDefault(code, List.of());
			boolean narrowed = parts.stream().anyMatch((part) -> part.startsWith(row.nis()));
			List<Submunicipality> areas = this.byCommune.getOrDefault(row.nis(), List.of())
				.stream()
				.filter((area) -> !narrowed || parts.contains(area.code()))
				.toList();
			Set<String> bassins = areas.stream()
				.map((area) -> String.valueOf(area.bassin()))
				.collect(Collectors.toSet());
			if (bassins.size() == 1) {
				Submunicipality only = (areas.size() == 1) ? areas.get(0) : null;
				AssignmentStatus status = areas.stream()
					.map(Submunicipality::status)
					.reduce(AssignmentStatus.VERIFIED, AssignmentStatus::weakest);
				candidates.add(new Candidate(commune.nis(), commune.name(), (only != null) ? only.code() : null,
						(only != null) ? only.name() : null, areas.get(0).bassin(), status, row.streets(),
						row.inStatbelTable()));
			}
			else {
				for (Submunicipality area : areas) {
					candidates.add(new Candidate(commune.nis(), commune.name(), area.code(), area.name(), area.bassin(),
							area.status(), row.streets(), row.inStatbelTable()));
				}
			}
		}
		return candidates;
	}

	/** A bassin with the areas assigned to it now. */
	BassinSummary summary(Bassin bassin) {
		List<Submunicipality> areas = this.submunicipalities.values()
			.stream()
			.filter((area) -> bassin.code().equals(area.bassin()))
			.toList();
		List<Commune> communes = areas.stream()
			.map(Submunicipality::nis)
			.distinct()
			.map(this.communes::get)
			.sorted(Comparator.comparing((Commune commune) -> commune.name().fr()))
			.toList();
		long population = 0;
		boolean partial = false;
		for (Commune commune : communes) {
			boolean whole = this.byCommune.get(commune.nis())
				.stream()
				.allMatch((area) -> bassin.code().equals(area.bassin()));
			if (whole && commune.population() != null) {
				population += commune.population();
			}
			partial |= !whole;
		}
		return new BassinSummary(bassin, communes, areas, population, partial);
	}

	private static <T> Map<String, T> ordered(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(key.apply(item), item));
		return map;
	}

}
