package brussels.maillage.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An import rewrote services the directory already had (one event for the whole import,
 * however many, instead of one per service). Services the import added are left out: no
 * other module can refer to them yet.
 *
 * @param serviceIds the services changed, at least one
 */
public record ServicesChanged(List<UUID> serviceIds) {

	public ServicesChanged {
		serviceIds = List.copyOf(serviceIds);
	}

	/** The event for these services, or none when there are none. */
	public static Optional<ServicesChanged> of(List<UUID> serviceIds) {
		return serviceIds.isEmpty() ? Optional.empty() : Optional.of(new ServicesChanged(serviceIds));
	}

}
