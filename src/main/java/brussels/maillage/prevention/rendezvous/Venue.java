package brussels.maillage.prevention.rendezvous;

import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;

/**
 * A place where a bassin holds its Rendez-vous: the public place of a directory service,
 * with the local partners.
 *
 * @param id venue id
 * @param bassin the bassin
 * @param serviceId the directory service hosting the meetings
 * @param partners the local partners, as written
 */
public record Venue(UUID id, PreventionBassin bassin, UUID serviceId, String partners) {
}
