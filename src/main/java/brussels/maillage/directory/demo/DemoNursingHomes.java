package brussels.maillage.directory.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

/**
 * Real Brussels nursing homes (MR/MRS), most of them run by a CPAS, named as the press
 * and the CPAS name them; the palliative platform's demo conventions need more nursing
 * homes than the invented directory holds. The place is the commune only (its centre, the
 * commune's name in place of a street): no street, phone or opening hours is invented for
 * a real institution.
 */
final class DemoNursingHomes {

	/**
	 * One nursing home.
	 *
	 * @param nis the commune's NIS code
	 * @param name its name
	 */
	record Home(String nis, String name) {
	}

	static final List<Home> HOMES = List.of(new Home("21008", "Home Heydeken (CPAS de Ganshoren)"),
			new Home("21016", "Home Brugmann (CPAS d'Uccle)"), new Home("21016", "Home Neckersgat (CPAS d'Uccle)"),
			new Home("21018", "Home Saint-Lambert (CPAS de Woluwe-Saint-Lambert)"),
			new Home("21010", "Maison de repos du CPAS de Jette"),
			new Home("21017", "Maison de repos du CPAS de Watermael-Boitsfort"),
			new Home("21013", "Résidence des Tilleuls (CPAS de Saint-Gilles)"),
			new Home("21015", "Maison de repos Albert de Latour (CPAS de Schaerbeek)"),
			new Home("21009", "Résidence Les Heures Douces (Ixelles)"), new Home("21009", "Résidence Prince Royal"));

	private DemoNursingHomes() {
	}

	static List<RegisterOrganization> organizations() {
		return HOMES.stream().map(DemoNursingHomes::organization).toList();
	}

	static List<RegisterService> services() {
		return HOMES.stream().map(DemoNursingHomes::service).toList();
	}

	private static RegisterOrganization organization(Home home) {
		DemoWords.Commune commune = commune(home);
		ServiceLocation place = new ServiceLocation(id("location", home), home.name(), commune.fr(), commune.postcode(),
				commune.fr(), commune.nis(), commune.lat(), commune.lon(), false);
		return new RegisterOrganization(id("organization", home), home.name(),
				LocalizedText.of("Maison de repos et de soins à " + commune.fr() + ".",
						"Woonzorgcentrum in " + commune.nl() + ".", "Nursing home in " + commune.fr() + "."),
				null, null, List.of(place));
	}

	private static RegisterService service(Home home) {
		DemoWords.Commune commune = commune(home);
		return new RegisterService(id("service", home), id("organization", home),
				LocalizedText.of("Maison de repos et de soins – " + home.name(), "Woonzorgcentrum – " + home.name(),
						"Nursing home – " + home.name()),
				LocalizedText.of(
						"Hébergement et soins pour personnes âgées (MR/MRS) à " + commune.fr()
								+ ". Renseignez-vous auprès de l'institution.",
						"Huisvesting en zorg voor ouderen in " + commune.nl() + ". Informeer bij de instelling.",
						"Housing and care for older people in " + commune.fr() + ". Ask the institution."),
				null, null, null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.PAID,
				List.of("fr", "nl"), List.of("seniors"), AreaLevel.COMMUNE, List.of(commune.nis()),
				List.of(id("location", home)), List.of(), List.of(), List.of("nursing_homes"), null, null);
	}

	private static DemoWords.Commune commune(Home home) {
		return DemoWords.COMMUNES.stream()
			.filter((commune) -> commune.nis().equals(home.nis()))
			.findFirst()
			.orElseThrow();
	}

	private static UUID id(String kind, Home home) {
		return UUID.nameUUIDFromBytes(
				("maillage-demo-nursing-home-" + kind + "-" + home.name()).getBytes(StandardCharsets.UTF_8));
	}

}
