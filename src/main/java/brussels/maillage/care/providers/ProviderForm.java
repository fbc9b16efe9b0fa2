package brussels.maillage.care.providers;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A provider as typed, kept as typed so that nothing is lost when a field is refused.
 *
 * @param organisation the name of a directory organisation, or empty for a person
 * @param name the professional's name when no organisation is given
 * @param profession profession code
 * @param nihii NIHII/RIZIV number as typed (spaces, dots and dashes allowed)
 * @param iban IBAN as typed (spaces allowed)
 * @param agreementOn the agreement day, or empty
 * @param active "true" when active
 */
record ProviderForm(@Size(max = 200) String organisation, @Size(max = 160) String name,
		@NotBlank @OneOf(value = Profession.class, optional = true, message = CareInput.CHOICE) String profession,
		@NotBlank @Size(max = 20) String nihii, @NotBlank @Size(max = 50) String iban,
		@IsoDate(optional = true, message = CareInput.DATE) String agreementOn, @Size(max = 5) String active) {

	static ProviderForm empty() {
		return new ProviderForm("", "", "", "", "", "", "true");
	}

	static ProviderForm of(Provider provider, String organisationName) {
		return new ProviderForm((organisationName != null) ? organisationName : "",
				(provider.organisationId() == null) ? provider.name() : "", provider.profession().name(),
				provider.nihii(), provider.printedIban(),
				(provider.agreementOn() != null) ? provider.agreementOn().toString() : "",
				String.valueOf(provider.active()));
	}

}
