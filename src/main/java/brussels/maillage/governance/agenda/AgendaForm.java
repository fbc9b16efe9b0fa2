package brussels.maillage.governance.agenda;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An agenda item as staff type it.
 *
 * @param titleFr French title
 * @param titleNl Dutch title (optional)
 * @param minutes planned duration in minutes (optional)
 * @param proposal the council's proposal it treats (optional)
 */
record AgendaForm(@NotBlank @Size(max = 300) String titleFr, @Size(max = 300) String titleNl,
		@Min(1) @Max(600) Integer minutes, UUID proposal) {

	static final String[] FIELDS = { "titleFr", "titleNl", "minutes", "proposal" };

	static AgendaForm empty() {
		return new AgendaForm(null, null, null, null);
	}

}
