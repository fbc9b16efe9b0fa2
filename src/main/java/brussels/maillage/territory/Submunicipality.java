package brussels.maillage.territory;

import java.math.BigDecimal;

import brussels.maillage.system.LocalizedText;

/**
 * A Statbel sub-municipality (the City of Brussels has seven, every other commune one)
 * and its current assignment to a bassin.
 *
 * @param code Statbel code, for example {@code 21004E}
 * @param nis its commune's NIS code
 * @param name names in Statbel's upper-case spelling
 * @param areaHa area in hectares
 * @param sectors number of statistical sectors
 * @param bassin the assigned bassin, or {@code null} at the region level
 * @param status how sure the assignment is
 * @param source where the assignment comes from, or why it was made
 */
public record Submunicipality(String code, String nis, LocalizedText name, BigDecimal areaHa, Integer sectors,
		String bassin, AssignmentStatus status, String source) {
}
