package brussels.maillage.directory;

import java.util.Objects;

import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Turns what a searcher knows of the person's place (a postcode, a commune, a bassin, a
 * point) into a {@link Place}, through the territory module. Where a postcode leaves the
 * commune open but all its candidates share a bassin (1050: Ixelles or the Louise part of
 * the City of Brussels, both in bassin Sud), the bassin is kept for ranking.
 */
@Component
public class PlaceResolver {

	private final TerritoryService territory;

	PlaceResolver(TerritoryService territory) {
		this.territory = territory;
	}

	/**
	 * The place for a search.
	 * @throws IllegalArgumentException when the postcode is not four digits
	 * @throws brussels.maillage.territory.UnknownPostcodeException when it is not a
	 * Brussels postcode
	 */
	public Place resolve(String postcode, String communeNis, String bassinCode, Double lat, Double lon) {
		boolean hasPostcode = postcode != null && !postcode.isBlank();
		if (lat != null && lon != null) {
			Placement placement = hasPostcode ? this.territory.place(postcode.strip(), lat, lon)
					: this.territory.place(lat, lon);
			if (placement.certainty() == Certainty.OUTSIDE) {
				return new Place(null, communeNis, bassinCode, lat, lon);
			}
			return new Place(placement.quartier(), placement.communeNis(), placement.bassin(), lat, lon);
		}
		if (hasPostcode) {
			Placement placement = this.territory.place(postcode.strip());
			String bassin = (placement.bassin() != null) ? placement.bassin() : sharedBassin(placement);
			return new Place(null, (placement.communeNis() != null) ? placement.communeNis() : communeNis,
					(bassin != null) ? bassin : bassinCode, null, null);
		}
		if (communeNis != null && !communeNis.isBlank() && (bassinCode == null || bassinCode.isBlank())) {
			return new Place(null, communeNis, bassinOfCommune(communeNis.strip()), null, null);
		}
		return new Place(null, communeNis, bassinCode, null, null);
	}

	private static String sharedBassin(Placement placement) {
		var bassins = placement.candidates().stream().map(Placement.Candidate::bassin).distinct().toList();
		return (bassins.size() == 1) ? bassins.get(0) : null;
	}

	/**
	 * The bassin of a commune when all its areas are in one bassin (not the City of
	 * Brussels).
	 */
	private String bassinOfCommune(String communeNis) {
		var bassins = this.territory.submunicipalities()
			.stream()
			.filter((area) -> area.nis().equals(communeNis))
			.map((area) -> area.bassin())
			.distinct()
			.toList();
		return (bassins.size() == 1 && bassins.get(0) != null) ? Objects.requireNonNull(bassins.get(0)) : null;
	}

}
