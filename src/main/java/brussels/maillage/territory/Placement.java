package brussels.maillage.territory;

import java.util.List;

import brussels.maillage.system.LocalizedText;

/**
 * Where an address or a point lies in the Brussels territory, how certain that is, and
 * why. The bassin is {@code null} at the region level (unresolved, ambiguous or outside).
 *
 * @param certainty how far the placement can be trusted
 * @param region {@code BE-BRU} for Brussels-Capital, {@code null} outside
 * @param bassin the bassin code, or {@code null}
 * @param status the status of the assignment the bassin rests on, or {@code null}
 * @param communeNis the commune's NIS code, when known
 * @param commune the commune's names, when known
 * @param submunicipality the Statbel sub-municipality code, when known
 * @param submunicipalityName its names, when known
 * @param sector the statistical sector code, for a point
 * @param quartier the quartier social-santé code, where the sector has one
 * @param candidates every possible commune and bassin when a postcode does not determine
 * one (empty otherwise)
 * @param reason why, in a sentence (English, for logs and API clients)
 */
public record Placement(Certainty certainty, String region, String bassin, AssignmentStatus status, String communeNis,
		LocalizedText commune, String submunicipality, LocalizedText submunicipalityName, String sector,
		String quartier, List<Candidate> candidates, String reason) {

	/** The ISO 3166-2 code of the Brussels-Capital Region. */
	public static final String REGION = "BE-BRU";

	public Placement {
		candidates = List.copyOf(candidates);
	}

	/**
	 * A possible place for a postcode: a commune, or a sub-municipality where the commune
	 * is split between bassins.
	 *
	 * @param communeNis the commune's NIS code
	 * @param commune its names
	 * @param submunicipality the sub-municipality code where the commune is split, else
	 * {@code null}
	 * @param submunicipalityName its names, or {@code null}
	 * @param bassin the bassin, or {@code null} (region level)
	 * @param status the assignment's status
	 * @param streets how many streets of the postcode lie in the commune (BeST 2022)
	 * @param inStatbelTable whether Statbel's postcode table lists the pair
	 */
	public record Candidate(String communeNis, LocalizedText commune, String submunicipality,
			LocalizedText submunicipalityName, String bassin, AssignmentStatus status, Integer streets,
			boolean inStatbelTable) {
	}

}
