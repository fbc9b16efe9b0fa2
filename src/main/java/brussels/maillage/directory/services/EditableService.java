package brussels.maillage.directory.services;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;

/**
 * A service as editors see it.
 *
 * @param details what the directory publishes about it
 * @param locationIds every place where it is delivered, confidential ones included
 * @param organizationLocations every place of its organisation
 * @param internalNote the staff-only note, or {@code null}
 * @param alternateName another name people know it by, or {@code null}
 */
record EditableService(ServiceDetails details, List<UUID> locationIds, List<ServiceLocation> organizationLocations,
		String internalNote, String alternateName) {
}
