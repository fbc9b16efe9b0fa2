package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a statement: a prestation or a fee for an event.
 *
 * @param id line id
 * @param kind what it pays
 * @param prestationId the prestation, or {@code null} for a fee
 * @param caseCode the prestation's case code, or {@code null}
 * @param eventId the event of a fee, or {@code null}
 * @param lineOn the day of the prestation or of the event
 * @param units units
 * @param tariff tariff of a unit
 * @param amount units × tariff
 */
record StatementLine(long id, LineKind kind, Long prestationId, String caseCode, UUID eventId, LocalDate lineOn,
		int units, BigDecimal tariff, BigDecimal amount) {
}
