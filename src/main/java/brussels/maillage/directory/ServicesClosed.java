package brussels.maillage.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A re-import of a source closed its services that the package no longer has (one event
 * for all of them).
 *
 * @param serviceIds the services closed, at least one
 */
public record ServicesClosed(List<UUID> serviceIds) {

	public ServicesClosed {
		serviceIds = List.copyOf(serviceIds);
	}

	/** The event for these services, or none when there are none. */
	public static Optional<ServicesClosed> of(List<UUID> serviceIds) {
		return serviceIds.isEmpty() ? Optional.empty() : Optional.of(new ServicesClosed(serviceIds));
	}

}
