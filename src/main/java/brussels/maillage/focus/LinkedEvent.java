package brussels.maillage.focus;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * The agenda event a repertoire is linked to, as its page and brochure mention it.
 *
 * @param id the event's id
 * @param title its title in fr/nl/en
 * @param startsAt when it starts, or {@code null}
 * @param path its public page in the agenda
 * @param past whether it has already taken place
 */
public record LinkedEvent(UUID id, LocalizedText title, Instant startsAt, String path, boolean past) {
}
