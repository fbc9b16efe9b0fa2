package brussels.maillage.helpdesk.permanences;

import java.io.Serializable;

/**
 * A shift offered to a colleague: the colleague's e-mail address as typed (whether it is
 * another staff member's is for {@link PermanenceChecks}).
 *
 * @param email the colleague's e-mail address
 */
record SwapForm(String email) implements Serializable {

	SwapForm {
		email = (email != null) ? email : "";
	}

}
