package brussels.maillage.indicators.colddata;

/**
 * What an import of cold data says about its dataset, checked.
 *
 * @param code the dataset's code
 * @param year the year of the figures
 * @param nameFr name in French
 * @param nameNl name in Dutch
 * @param source where the figures come from
 * @param unit their unit, or {@code null}
 */
record ImportCommand(String code, int year, String nameFr, String nameNl, String source, String unit) {
}
