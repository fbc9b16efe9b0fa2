package brussels.maillage.events.opendoors.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.opendoors.OpenDoors;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks the offer staff record for a host: its field rules (Bean Validation on
 * {@link StaffOfferForm}), an organisation id that is one, slots written one a line; and
 * turns the checked form into an offer, named after the directory's organisation when no
 * other name is typed. What every offer must meet is {@code OfferRules}'.
 */
@Component
class StaffOfferChecks {

	private final Validator validator;

	private final DirectoryService directory;

	StaffOfferChecks(Validator validator, DirectoryService directory) {
		this.validator = validator;
		this.directory = directory;
	}

	/** What is wrong, field → message key in the form's order. */
	Map<String, String> problems(StaffOfferForm form) {
		Map<String, String> problems = FormProblems.of(this.validator, form);
		if (!form.organization().isBlank() && organizationId(form).isEmpty()) {
			problems.put("organization", "events.opendoors.refused.host");
		}
		if (StaffOfferForm.slotLines(form.slots()).isEmpty()) {
			problems.put("slots", "events.opendoors.refused.slotformat");
		}
		return FormProblems.inFormOrder(StaffOfferForm.class, problems);
	}

	/** The offer of a form without problems. */
	OpenDoors.Offer offer(StaffOfferForm form) {
		UUID organizationId = organizationId(form).orElse(null);
		String hostName = form.hostName().strip();
		if (organizationId != null && hostName.isEmpty()) {
			hostName = this.directory.organization(organizationId).map(Organization::name).orElse(hostName);
		}
		List<OpenDoors.Slot> slots = StaffOfferForm.slotLines(form.slots()).orElseThrow();
		return new OpenDoors.Offer(organizationId, hostName, form.address().strip(), form.commune(),
				form.theme().isBlank() ? null : form.theme(), form.description(), form.contactEmail().strip(), slots);
	}

	private static java.util.Optional<UUID> organizationId(StaffOfferForm form) {
		if (form.organization().isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(UUID.fromString(form.organization()));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
