package brussels.maillage.care.prestations;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A prestation as typed, kept as typed so that nothing is lost when a field is refused.
 *
 * @param provider the provider's id
 * @param serviceType the type
 * @param performedOn the day
 * @param units the number of units
 */
record PrestationForm(@Size(max = 19) String provider, @Size(max = 24) String serviceType,
		@Size(max = 10) String performedOn, @Size(max = 12) String units) {

	static PrestationForm empty(LocalDate today) {
		return new PrestationForm("", "", today.toString(), "1");
	}

}
