package brussels.maillage.care.tariffs;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A tariff as typed: the service type (fixed once created, so only a new tariff's form
 * needs one: {@link TariffChecks#added}), the first and last day of validity (the last
 * may be empty: until further notice) and the amount of a unit in euros ("42,50" or
 * "42.50").
 *
 * @param serviceType the service type
 * @param validFrom first day
 * @param validTo last day, or empty
 * @param amount euros a unit
 */
record TariffForm(@OneOf(value = ServiceType.class, optional = true, message = CareInput.CHOICE) String serviceType,
		@NotBlank @IsoDate(optional = true, message = CareInput.DATE) String validFrom,
		@IsoDate(optional = true, message = CareInput.DATE) String validTo, @NotBlank @Size(max = 12) String amount) {

	static TariffForm empty(LocalDate today) {
		return new TariffForm("", today.withDayOfMonth(1).plusMonths(1).toString(), "", "");
	}

	static TariffForm of(Tariff tariff) {
		return new TariffForm(tariff.serviceType().name(), tariff.validFrom().toString(),
				(tariff.validTo() != null) ? tariff.validTo().toString() : "",
				tariff.amount().toPlainString().replace('.', ','));
	}

	/** The type chosen (once a new tariff's form is valid). */
	ServiceType chosenType() {
		return ServiceType.valueOf(this.serviceType);
	}

}
