package brussels.maillage.prevention.rendezvous;

import java.time.LocalDate;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.system.LocalizedText;

/**
 * One Rendez-vous de la prévention santé: when, where, on what, with whom, and how many
 * inhabitants came (a headcount, never a list of people).
 *
 * @param id session id
 * @param venueId its venue
 * @param bassin the venue's bassin
 * @param heldOn the day
 * @param theme what it was about, in fr and nl
 * @param partners partners who took part
 * @param headcount how many inhabitants came
 */
public record PreventionSession(UUID id, UUID venueId, PreventionBassin bassin, LocalDate heldOn, LocalizedText theme,
		String partners, int headcount) {
}
