package brussels.maillage.directory;

import java.util.Objects;
import java.util.UUID;

/**
 * An editor closed a service (its status became {@link ServiceStatus#CLOSED}), in the
 * transaction that did so; published instead of {@link ServiceChanged} for that edit.
 *
 * @param serviceId the service
 */
public record ServiceClosed(UUID serviceId) {

	public ServiceClosed {
		Objects.requireNonNull(serviceId, "serviceId");
	}

}
