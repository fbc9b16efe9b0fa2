package brussels.maillage.directory.organizations;

import java.util.Objects;

import brussels.maillage.directory.Organization;
import brussels.maillage.system.forms.EmailAddress;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.TextLength;
import brussels.maillage.system.forms.WebAddress;
import brussels.maillage.system.LocalizedText;

/**
 * What an editor types in the organisation form, exactly as typed.
 *
 * @param name its name
 * @param alternateName another name people know it by (an acronym, its name in the other
 * language)
 * @param descriptionFr description in French
 * @param descriptionNl description in Dutch
 * @param descriptionEn description in English
 * @param email its e-mail address
 * @param website its web address
 * @param internalNote the staff-only note
 */
record OrganizationForm(
		@Filled(message = "{directory.edit.name.required}") @TextLength(max = 200, stripped = true,
				message = "{directory.edit.tooLong}") String name,
		@TextLength(max = 200, stripped = true, message = "{directory.edit.tooLong}") String alternateName,
		String descriptionFr, String descriptionNl, String descriptionEn,
		@EmailAddress(message = "{directory.edit.email.invalid}") String email,
		@WebAddress(message = "{directory.edit.url.invalid}") String website, String internalNote) {

	OrganizationForm {
		name = Objects.requireNonNullElse(name, "");
		alternateName = Objects.requireNonNullElse(alternateName, "");
		descriptionFr = Objects.requireNonNullElse(descriptionFr, "");
		descriptionNl = Objects.requireNonNullElse(descriptionNl, "");
		descriptionEn = Objects.requireNonNullElse(descriptionEn, "");
		email = Objects.requireNonNullElse(email, "");
		website = Objects.requireNonNullElse(website, "");
		internalNote = Objects.requireNonNullElse(internalNote, "");
	}

	static OrganizationForm empty() {
		return new OrganizationForm("", "", "", "", "", "", "", "");
	}

	static OrganizationForm of(Organization organization, String alternateName, String note) {
		LocalizedText description = organization.description();
		return new OrganizationForm(organization.name(), alternateName, description.fr(), description.nl(),
				description.en(), organization.email(), organization.website(), note);
	}

	LocalizedText description() {
		return LocalizedText.of(this.descriptionFr, this.descriptionNl, this.descriptionEn);
	}

}
