package brussels.maillage.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A service of the editors' tests: an organisation in Uccle (bassin Sud) with a public
 * and a confidential place, and its free service, verified at the given moment or never.
 */
public final class DirectoryEditingFixtures {

	private DirectoryEditingFixtures() {
	}

	public static RegisterService registered(DirectoryService directory, Instant verifiedAt) {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(),
				"Maison test " + UUID.randomUUID(), LocalizedText.of("Organisation de test", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue Vanderkindere 12", "1180", "Uccle", "21016",
						50.8106, 4.3539, false),
						new ServiceLocation(UUID.randomUUID(), null, "Adresse secrète 7", "1180", "Uccle", "21016",
								50.80, 4.35, true)));
		directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Permanence sociale test", null, null),
				LocalizedText.of("Aide administrative pour les habitants", null, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"),
				List.of("adults"), AreaLevel.COMMUNE, List.of("21016"),
				List.of(organization.locations().get(0).id(), organization.locations().get(1).id()),
				List.of("02 123 45 67"), List.of(), List.of(), verifiedAt,
				(verifiedAt != null) ? "initial@test" : null);
		directory.register(service, "test");
		return service;
	}

}
