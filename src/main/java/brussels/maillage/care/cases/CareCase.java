package brussels.maillage.care.cases;

import java.time.LocalDate;

/**
 * A case: a random code and coarse categories, never a name or a note.
 *
 * @param id internal id (used in addresses, never the code)
 * @param code random code such as {@code CM-7KQ2M9}
 * @param programme programme code
 * @param bassin bassin code
 * @param status where it stands
 * @param closure why it was closed, or {@code null}
 * @param referredOn the day it was referred
 * @param startedOn the first day it was active, or {@code null}
 * @param endedOn the day it was closed or cancelled, or {@code null}
 */
public record CareCase(long id, String code, String programme, String bassin, CaseStatus status,
		ClosureCategory closure, LocalDate referredOn, LocalDate startedOn, LocalDate endedOn) {
}
