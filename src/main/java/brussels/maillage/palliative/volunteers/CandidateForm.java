package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A candidate as typed: contact details (a name and an e-mail address or a phone number),
 * language, source and the day of the application.
 *
 * @param fullName name
 * @param email e-mail address
 * @param phone phone number
 * @param language preferred language
 * @param source how they heard of the platform
 * @param appliedOn day of the application
 */
record CandidateForm(@NotBlank @Size(max = 200) String fullName, @Email @Size(max = 254) String email,
		@Size(max = 40) @Pattern(regexp = "^$|^\\+?[0-9 ./()-]{6,40}$") String phone,
		@NotBlank @OneOf(value = Language.class, optional = true, message = PalliativeInput.CHOICE) String language,
		@NotBlank @OneOf(value = Source.class, optional = true, message = PalliativeInput.CHOICE) String source,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String appliedOn) {

	static CandidateForm empty(LocalDate today) {
		return new CandidateForm("", "", "", "", "", today.toString());
	}

}
