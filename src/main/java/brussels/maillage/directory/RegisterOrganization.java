package brussels.maillage.directory;

import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * Adds an organisation and its places to the directory.
 *
 * @param id organisation id
 * @param name its name
 * @param description what it does
 * @param email e-mail address, or {@code null}
 * @param website web site, or {@code null}
 * @param locations its places
 */
public record RegisterOrganization(UUID id, String name, LocalizedText description, String email, String website,
		List<ServiceLocation> locations) {

	public RegisterOrganization {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
		description = (description != null) ? description : LocalizedText.of(null, null, null);
		locations = List.copyOf(locations);
	}

}
