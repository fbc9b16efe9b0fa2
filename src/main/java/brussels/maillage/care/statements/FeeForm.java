package brussels.maillage.care.statements;

import jakarta.validation.constraints.Size;

/**
 * A fee line as typed.
 *
 * @param kind community of practice or concertation organiser
 * @param event the event's id
 * @param amount the amount in euros, decimal comma or point
 */
record FeeForm(@Size(max = 24) String kind, @Size(max = 36) String event, @Size(max = 16) String amount) {

	static FeeForm empty() {
		return new FeeForm("", "", "");
	}

}
