package brussels.maillage.prevention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

/**
 * Directory services of the prevention tests: three in communes of bassin Nord (Jette,
 * Koekelberg, Ganshoren, as the territory data assigns them) and one in Forest (bassin
 * Sud), all named with the same word.
 */
public final class PreventionFixtures {

	private PreventionFixtures() {
	}

	/**
	 * The three Nord services and then the Sud one, each called "{word} ..." with a place
	 * in its commune.
	 */
	public static List<UUID> servicesNamed(DirectoryService directory, String word) {
		List<UUID> ids = new ArrayList<>();
		ids.add(service(directory, word + " à la maison médicale de Jette", "Rue Léopold Ier 12", "1090", "Jette",
				"21010", 50.8781, 4.3268));
		ids.add(service(directory, word + " au centre de santé de Koekelberg", "Rue Herkoliers 30", "1081",
				"Koekelberg", "21011", 50.8622, 4.3291));
		ids.add(service(directory, word + " au planning familial de Ganshoren", "Avenue Charles-Quint 140", "1083",
				"Ganshoren", "21008", 50.8712, 4.3172));
		ids.add(service(directory, word + " au centre de santé de Forest", "Chaussée de Neerstalle 200", "1190",
				"Forest", "21007", 50.8112, 4.3201));
		return ids;
	}

	private static UUID service(DirectoryService directory, String name, String street, String postcode, String city,
			String nis, double lat, double lon) {
		ServiceLocation location = new ServiceLocation(UUID.randomUUID(), null, street, postcode, city, nis, lat, lon,
				false);
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Asbl " + name,
				LocalizedText.of("Association locale", null, null), null, null, List.of(location));
		directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of(name, name, null),
				LocalizedText.of("Information et dépistage près de chez vous.",
						"Informatie en screening dicht bij huis.", null),
				null, null, null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE,
				List.of("fr", "nl"), List.of(), AreaLevel.COMMUNE, List.of(nis), List.of(location.id()),
				List.of("02 555 00 00"), List.of(), List.of(), Instant.now(), "test");
		directory.register(service, "test");
		return service.id();
	}

}
