package brussels.maillage.directory.cadastres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A training of the cadastre: who organises it, for whom, in which languages, when, at
 * what cost and on which theme.
 *
 * @param id training id
 * @param organizationId the directory organisation that organises it
 * @param organizationName its name
 * @param title title in fr, nl (en optional)
 * @param audience who it is for
 * @param languages languages it is given in
 * @param startsOn first day, or {@code null} when it recurs
 * @param endsOn last day, or {@code null}
 * @param recurrence how it recurs ("every first Tuesday"), or {@code null}
 * @param costEuros what it costs a participant, 0 when free
 * @param theme code of the directory theme it is about
 * @param url where to read more and register, or {@code null}
 */
public record Training(UUID id, UUID organizationId, String organizationName, LocalizedText title, Audience audience,
		List<String> languages, LocalDate startsOn, LocalDate endsOn, String recurrence, BigDecimal costEuros,
		String theme, String url) {

	public Training {
		languages = List.copyOf(languages);
	}

	/** Who a training is for. */
	public enum Audience {

		PROFESSIONALS, VOLUNTEERS, CARERS, EVERYONE

	}

}
