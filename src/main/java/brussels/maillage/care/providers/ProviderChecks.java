package brussels.maillage.care.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a provider form: an organisation of the directory (by its exact name) or a
 * professional's name, a NIHII/RIZIV number of 11 digits, an IBAN whose ISO 13616 check
 * digits are right (iban4j), an agreement day not in the future.
 */
@Component
class ProviderChecks {

	private final DirectoryService directory;

	ProviderChecks(DirectoryService directory) {
		this.directory = directory;
	}

	NewProvider check(ProviderForm form, Errors errors, LocalDate today) {
		UUID organisation = null;
		String name = CareInput.blankToNull(form.name());
		String organisationName = CareInput.blankToNull(form.organisation());
		if (organisationName != null) {
			Optional<Organization> found = organisation(organisationName);
			if (found.isEmpty()) {
				errors.rejectValue("organisation", "care.provider.organisation.unknown");
			}
			else {
				organisation = found.get().id();
				name = found.get().name();
			}
		}
		else if (name == null) {
			errors.rejectValue("name", "care.provider.name.required");
		}
		String nihii = nihii(form.nihii(), errors);
		String iban = iban(form.iban(), errors);
		LocalDate agreementOn = CareInput.day(form.agreementOn(), "agreementOn", errors, today);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewProvider(organisation, name, Profession.valueOf(form.profession()), nihii, iban, agreementOn,
				!"false".equals(form.active()));
	}

	/** The NIHII/RIZIV number without separators, if it has 11 digits. */
	static String nihii(String typed, Errors errors) {
		if (errors.hasFieldErrors("nihii")) {
			return null;
		}
		String digits = typed.replaceAll("[\\s./-]", "");
		if (!digits.matches("\\d*")) {
			errors.rejectValue("nihii", "care.provider.nihii.digits");
			return null;
		}
		if (digits.length() != 11) {
			errors.rejectValue("nihii", "care.provider.nihii.length", new Object[] { digits.length() }, null);
			return null;
		}
		return digits;
	}

	/**
	 * The IBAN without spaces in upper case, if its format and check digits are right.
	 */
	static String iban(String typed, Errors errors) {
		if (errors.hasFieldErrors("iban")) {
			return null;
		}
		String iban = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		try {
			IbanUtil.validate(iban);
			return iban;
		}
		catch (InvalidCheckDigitException ex) {
			errors.rejectValue("iban", "care.provider.iban.checksum");
		}
		catch (IbanFormatException | UnsupportedCountryException ex) {
			errors.rejectValue("iban", "care.provider.iban.format");
		}
		return null;
	}

	Optional<Organization> organisation(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		return organisations().stream()
			.filter((org) -> org.name() != null && org.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/** The directory's organisations, for the form's suggestions. */
	List<Organization> organisations() {
		return this.directory.organizations(0, 2000);
	}

	String organisationName(UUID id) {
		return (id != null) ? this.directory.organization(id).map(Organization::name).orElse(null) : null;
	}

}
