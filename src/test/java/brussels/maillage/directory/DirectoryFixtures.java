package brussels.maillage.directory;

import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/** Small organisations and services for the directory's tests. */
public final class DirectoryFixtures {

	private DirectoryFixtures() {
	}

	public static RegisterOrganization organization(String name, String communeNis, double lat, double lon) {
		return new RegisterOrganization(UUID.randomUUID(), name, LocalizedText.of("Organisation de test", null, null),
				null, null, List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue de Test 1", "1030", "Schaerbeek",
						communeNis, lat, lon, false)));
	}

	public static RegisterService service(RegisterOrganization organization, LocalizedText name,
			LocalizedText description, AreaLevel level, List<String> codes, List<String> themes) {
		return new RegisterService(UUID.randomUUID(), organization.id(), name, description, null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"),
				List.of("adults"), level, codes, List.of(organization.locations().get(0).id()), List.of("02 123 45 67"),
				List.of(), themes, null, null);
	}

	public static RegisterService french(RegisterOrganization organization, String name, String description,
			AreaLevel level, List<String> codes, String... themes) {
		return service(organization, LocalizedText.of(name, null, null), LocalizedText.of(description, null, null),
				level, codes, List.of(themes));
	}

}
