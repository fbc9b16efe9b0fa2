package brussels.maillage.care.statements;

import java.util.UUID;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.Size;

/**
 * A fee line as typed. The amount's rules are {@link StatementChecks#fee}'s.
 *
 * @param kind community of practice or concertation organiser
 * @param event the event's id
 * @param amount the amount in euros, decimal comma or point
 */
record FeeForm(@OneOf(value = LineKind.class, message = CareInput.CHOICE) String kind,
		@Filled(message = CareInput.CHOICE) @Matches(regexp = FeeForm.UUID_PATTERN,
				message = CareInput.CHOICE) String event,
		@Size(max = 16) String amount) {

	/** An event's id as a pick list sends it. */
	static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	static FeeForm empty() {
		return new FeeForm("", "", "");
	}

	/** The kind chosen (once the form is valid). */
	LineKind chosenKind() {
		return LineKind.valueOf(this.kind);
	}

	/** The event's id (once the form is valid). */
	UUID eventId() {
		return UUID.fromString(this.event.strip());
	}

}
