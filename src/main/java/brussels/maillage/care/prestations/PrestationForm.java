package brussels.maillage.care.prestations;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.tariffs.ServiceType;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.Size;

/**
 * A prestation as typed, kept as typed so that nothing is lost when a field is refused.
 * The number of units and the day's bounds are {@link PrestationChecks}'.
 *
 * @param provider the provider's id
 * @param serviceType the type
 * @param performedOn the day
 * @param units the number of units
 */
record PrestationForm(
		@Filled(message = CareInput.CHOICE) @Matches(regexp = CareInput.ID, message = CareInput.CHOICE) String provider,
		@OneOf(value = ServiceType.class, message = CareInput.CHOICE) String serviceType,
		@IsoDate(message = CareInput.DATE) String performedOn, @Size(max = 12) String units) {

	static PrestationForm empty(LocalDate today) {
		return new PrestationForm("", "", today.toString(), "1");
	}

	/** The provider's id (once the form is valid). */
	long providerId() {
		return Long.parseLong(this.provider.strip());
	}

	/** The type chosen (once the form is valid). */
	ServiceType chosenType() {
		return ServiceType.valueOf(this.serviceType);
	}

}
