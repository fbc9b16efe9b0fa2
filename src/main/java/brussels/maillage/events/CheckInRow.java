package brussels.maillage.events;

/**
 * A line of the check-in list: a confirmed registrant and whether they came to the
 * session.
 *
 * @param registration the registrant
 * @param present {@code true} present, {@code false} absent, {@code null} not checked yet
 */
public record CheckInRow(Registration registration, Boolean present) {
}
