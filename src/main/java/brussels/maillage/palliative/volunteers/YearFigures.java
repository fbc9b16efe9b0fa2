package brussels.maillage.palliative.volunteers;

/**
 * The year's volunteer figures: interviews held in it, candidates admitted at them, and
 * volunteers trained in a cycle of that year.
 *
 * @param year the calendar year
 * @param interviews interviews held
 * @param admitted interviews ending in admission
 * @param trained volunteers who completed a cycle of the year
 */
public record YearFigures(int year, long interviews, long admitted, long trained) {
}
