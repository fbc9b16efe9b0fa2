package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A training cycle of volunteers: an events training whose sessions are its days.
 *
 * @param id cycle id
 * @param eventId the training in the events module
 * @param name its name
 * @param cycleYear its year
 * @param sessions its days
 * @param required days to attend to be trained (the completion rule when it was created)
 * @param lastDay its last day
 */
record Cycle(long id, UUID eventId, String name, int cycleYear, int sessions, int required, LocalDate lastDay) {
}
