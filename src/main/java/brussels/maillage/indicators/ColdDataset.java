package brussels.maillage.indicators;

import brussels.maillage.system.LocalizedText;

/**
 * An imported dataset of "cold data": figures the platform does not produce, per commune
 * or bassin.
 *
 * @param id its id
 * @param code its code ({@code population})
 * @param year the year of the figures
 * @param name its name in French and Dutch
 * @param source where the figures come from
 * @param unit their unit, or {@code null}
 * @param values how many values it holds
 */
public record ColdDataset(long id, String code, int year, LocalizedText name, String source, String unit, long values) {

	/**
	 * One figure of a dataset.
	 *
	 * @param areaType {@code COMMUNE}, {@code BASSIN} or {@code REGION}
	 * @param area the commune's NIS code, the bassin's code or {@code REGION}
	 * @param value the figure
	 */
	public record Value(String areaType, String area, java.math.BigDecimal value) {
	}

}
