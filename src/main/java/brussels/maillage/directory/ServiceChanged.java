package brussels.maillage.directory;

import java.util.Objects;
import java.util.UUID;

/**
 * An editor changed what a service says (its status other than a closure, its texts,
 * places, hours or themes) or verified it, in the transaction that did so. Listeners read
 * the service's current record through {@link DirectoryService#service(UUID)}.
 *
 * @param serviceId the service
 */
public record ServiceChanged(UUID serviceId) {

	public ServiceChanged {
		Objects.requireNonNull(serviceId, "serviceId");
	}

}
