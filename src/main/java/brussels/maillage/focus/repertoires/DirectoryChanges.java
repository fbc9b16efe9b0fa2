package brussels.maillage.focus.repertoires;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.ServiceChanged;
import brussels.maillage.directory.ServiceClosed;
import brussels.maillage.directory.ServicesChanged;
import brussels.maillage.directory.ServicesClosed;
import brussels.maillage.focus.FocusService;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Checks again, as soon as the directory says so, the repertoires listing a service that
 * an editor or an import changed or closed: each records when it was checked and how many
 * of its services are flagged. Each listener runs after the directory's commit in a
 * transaction of its own; the event publication registry keeps the event until it has
 * run, and submits it again at a restart when it had not.
 */
@Component
class DirectoryChanges {

	private final FocusStore store;

	private final FocusService focus;

	DirectoryChanges(FocusStore store, FocusService focus) {
		this.store = store;
		this.focus = focus;
	}

	@ApplicationModuleListener
	void serviceChanged(ServiceChanged changed) {
		recheck(List.of(changed.serviceId()));
	}

	@ApplicationModuleListener
	void serviceClosed(ServiceClosed closed) {
		recheck(List.of(closed.serviceId()));
	}

	@ApplicationModuleListener
	void servicesChanged(ServicesChanged changed) {
		recheck(changed.serviceIds());
	}

	@ApplicationModuleListener
	void servicesClosed(ServicesClosed closed) {
		recheck(closed.serviceIds());
	}

	private void recheck(Collection<UUID> serviceIds) {
		for (UUID repertoireId : this.store.listing(serviceIds)) {
			this.store.find(repertoireId)
				.ifPresent((repertoire) -> this.store.checked(repertoireId, this.focus.view(repertoire).flagged()));
		}
	}

}
