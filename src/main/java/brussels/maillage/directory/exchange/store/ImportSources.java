package brussels.maillage.directory.exchange.store;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * For the service page: {@code ${@importSources.of(service.id)}} is where the service was
 * imported from, or null.
 */
@Component("importSources")
class ImportSources {

	private final ExchangeReads store;

	ImportSources(ExchangeReads store) {
		this.store = store;
	}

	/** Where the service was imported from; null when it was not imported. */
	public ImportedSource of(UUID service) {
		return (service != null) ? this.store.source(service).orElse(null) : null;
	}

}
