package brussels.maillage.directory.organizations;

import java.util.UUID;

/**
 * An organisation in an editor's list.
 *
 * @param id organisation id
 * @param name its name
 * @param services how many services it has
 * @param locations how many places
 */
record OrganizationSummary(UUID id, String name, long services, long locations) {
}
