package brussels.maillage.territory;

import java.util.List;

/**
 * A bassin with the areas assigned to it now.
 *
 * @param bassin the bassin
 * @param communes communes with at least one sub-municipality in the bassin
 * @param submunicipalities the sub-municipalities assigned to it
 * @param population inhabitants of the communes lying wholly in the bassin
 * @param partialCommunes whether some communes lie only partly in it (their population
 * per sub-municipality is not known, so it is left out of {@code population})
 */
public record BassinSummary(Bassin bassin, List<Commune> communes, List<Submunicipality> submunicipalities,
		long population, boolean partialCommunes) {

	public BassinSummary {
		communes = List.copyOf(communes);
		submunicipalities = List.copyOf(submunicipalities);
	}

	/** The sub-municipalities of one commune in this bassin. */
	public List<Submunicipality> submunicipalitiesOf(String nis) {
		return this.submunicipalities.stream().filter((area) -> area.nis().equals(nis)).toList();
	}

}
