package brussels.maillage.care.prestations;

import java.math.BigDecimal;
import java.time.LocalDate;

import brussels.maillage.care.tariffs.ServiceType;

/**
 * A service by a field provider on a case, at the tariff of its day.
 *
 * @param id prestation id
 * @param caseId the case
 * @param providerId the provider
 * @param providerName the provider's name
 * @param serviceType what it is
 * @param performedOn the day
 * @param units how many units
 * @param tariff the tariff of a unit on that day
 * @param amount units × tariff
 * @param status where it stands
 * @param rejectReason why it was rejected, or {@code null}
 * @param statementId the statement it is on, or {@code null}
 */
public record Prestation(long id, long caseId, long providerId, String providerName, ServiceType serviceType,
		LocalDate performedOn, int units, BigDecimal tariff, BigDecimal amount, PrestationStatus status,
		RejectReason rejectReason, Long statementId) {
}
