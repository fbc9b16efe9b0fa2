package brussels.maillage.directory.organizations;

import java.util.UUID;

import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

/**
 * A service in the list of its organisation's page.
 *
 * @param id service id
 * @param name its name
 * @param status whether it is open
 */
record ListedService(UUID id, LocalizedText name, ServiceStatus status) {
}
