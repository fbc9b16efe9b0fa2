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
import brussels.maillage.system.Elision;
import brussels.maillage.system.LocalizedText;

/**
 * The 19 public social-welfare centres of Brussels (CPAS in French, OCMW in Dutch), one
 * per commune, with their public names: the first door of social aid, which a demo
 * directory cannot do without. They are public institutions; the street address is given
 * only where it was checked against the centre's own site (Anderlecht, Schaerbeek, Uccle)
 * or is the well-known seat (Bruxelles), elsewhere the place is the commune (its centre,
 * the name of the centre in place of a street). They have no phone number or opening
 * hours here: the demo invents none for a real institution.
 */
final class DemoCpas {

	/**
	 * One centre.
	 *
	 * @param nis the commune's NIS code
	 * @param fr its French name
	 * @param nl its Dutch name
	 * @param street its street address, or {@code null} when only the commune is given
	 */
	record Centre(String nis, String fr, String nl, String street) {
	}

	static final List<Centre> CENTRES = List.of(
			new Centre("21001", "CPAS d'Anderlecht", "OCMW Anderlecht", "Avenue Raymond Vander Bruggen 62-64"),
			new Centre("21002", "CPAS d'Auderghem", "OCMW Oudergem", null),
			new Centre("21003", "CPAS de Berchem-Sainte-Agathe", "OCMW Sint-Agatha-Berchem", null),
			new Centre("21004", "CPAS de Bruxelles", "OCMW Brussel", "Rue Haute 298A"),
			new Centre("21005", "CPAS d'Etterbeek", "OCMW Etterbeek", null),
			new Centre("21006", "CPAS d'Evere", "OCMW Evere", null),
			new Centre("21007", "CPAS de Forest", "OCMW Vorst", null),
			new Centre("21008", "CPAS de Ganshoren", "OCMW Ganshoren", null),
			new Centre("21009", "CPAS d'Ixelles", "OCMW Elsene", null),
			new Centre("21010", "CPAS de Jette", "OCMW Jette", null),
			new Centre("21011", "CPAS de Koekelberg", "OCMW Koekelberg", null),
			new Centre("21012", "CPAS de Molenbeek-Saint-Jean", "OCMW Sint-Jans-Molenbeek", null),
			new Centre("21013", "CPAS de Saint-Gilles", "OCMW Sint-Gillis", null),
			new Centre("21014", "CPAS de Saint-Josse-ten-Noode", "OCMW Sint-Joost-ten-Node", null),
			new Centre("21015", "CPAS de Schaerbeek", "OCMW Schaarbeek", "Boulevard Auguste Reyers 70"),
			new Centre("21016", "CPAS d'Uccle", "OCMW Ukkel", "Chaussée d'Alsemberg 860"),
			new Centre("21017", "CPAS de Watermael-Boitsfort", "OCMW Watermaal-Bosvoorde", null),
			new Centre("21018", "CPAS de Woluwe-Saint-Lambert", "OCMW Sint-Lambrechts-Woluwe", null),
			new Centre("21019", "CPAS de Woluwe-Saint-Pierre", "OCMW Sint-Pieters-Woluwe", null));

	private DemoCpas() {
	}

	static List<RegisterOrganization> organizations() {
		return CENTRES.stream().map(DemoCpas::organization).toList();
	}

	static List<RegisterService> services() {
		return CENTRES.stream().map(DemoCpas::service).toList();
	}

	private static RegisterOrganization organization(Centre centre) {
		DemoWords.Commune commune = commune(centre);
		ServiceLocation place = new ServiceLocation(id("location", centre), centre.fr() + " – " + centre.nl(),
				(centre.street() != null) ? centre.street() : centre.fr(), commune.postcode(), commune.fr(),
				commune.nis(), commune.lat(), commune.lon(), false);
		return new RegisterOrganization(id("organization", centre), centre.fr() + " – " + centre.nl(),
				LocalizedText.of("Centre public d'action sociale " + Elision.deFrench(commune.fr()) + ".",
						"Openbaar centrum voor maatschappelijk welzijn van " + commune.nl() + ".",
						"Public social-welfare centre of " + commune.fr() + "."),
				null, null, List.of(place));
	}

	private static RegisterService service(Centre centre) {
		DemoWords.Commune commune = commune(centre);
		return new RegisterService(id("service", centre), id("organization", centre),
				LocalizedText.of("Aide sociale – " + centre.fr(), "Maatschappelijke dienstverlening – " + centre.nl(),
						"Social aid – " + centre.fr()),
				LocalizedText.of(
						"Revenu d'intégration et aide sociale, aide médicale urgente, aide au logement et à l'énergie, médiation de dettes, pour les personnes qui vivent à "
								+ commune.fr() + ".",
						"Leefloon en maatschappelijke hulp, dringende medische hulp, hulp bij huisvesting en energie, schuldbemiddeling, voor wie in "
								+ commune.nl() + " woont.",
						"Integration income and social aid, urgent medical aid, help with housing and energy, debt mediation, for people living in "
								+ commune.fr() + "."),
				LocalizedText.of(
						"Présentez-vous à l'accueil du CPAS de la commune où vous vivez : un·e assistant·e social·e vous reçoit sur rendez-vous.",
						"Ga naar het onthaal van het OCMW van de gemeente waar u woont: een maatschappelijk werker ontvangt u op afspraak.",
						null),
				LocalizedText.of("Gratuit", "Gratis", "Free"), null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null,
				null, null, null, Cost.FREE, List.of("fr", "nl"), List.of("adults", "families"), AreaLevel.COMMUNE,
				List.of(commune.nis()), List.of(id("location", centre)), List.of(), List.of(),
				List.of("social_services", "cpas"), null, null);
	}

	private static DemoWords.Commune commune(Centre centre) {
		return DemoWords.COMMUNES.stream()
			.filter((commune) -> commune.nis().equals(centre.nis()))
			.findFirst()
			.orElseThrow();
	}

	private static UUID id(String kind, Centre centre) {
		return UUID
			.nameUUIDFromBytes(("maillage-demo-cpas-" + kind + "-" + centre.nis()).getBytes(StandardCharsets.UTF_8));
	}

}
