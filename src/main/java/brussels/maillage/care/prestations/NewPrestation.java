package brussels.maillage.care.prestations;

import java.time.LocalDate;

import brussels.maillage.care.tariffs.ServiceType;

/**
 * A prestation to record, checked.
 *
 * @param caseId the case
 * @param providerId the provider
 * @param serviceType what it is
 * @param performedOn the day
 * @param units how many units, more than 0
 */
record NewPrestation(long caseId, long providerId, ServiceType serviceType, LocalDate performedOn, int units) {
}
