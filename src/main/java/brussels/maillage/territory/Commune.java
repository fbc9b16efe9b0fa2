package brussels.maillage.territory;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.system.LocalizedText;

/**
 * One of the 19 communes.
 *
 * @param nis the NIS (REFNIS) code, for example {@code 21015}
 * @param name names in French and Dutch
 * @param postcodes its postcodes in Statbel's table
 * @param population inhabitants on {@code populationDate}
 * @param populationDate reference date of the population
 */
public record Commune(String nis, LocalizedText name, List<String> postcodes, Integer population,
		LocalDate populationDate) {

	public Commune {
		postcodes = List.copyOf(postcodes);
	}

}
