package brussels.maillage.directory.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.demo.DemoWords.Commune;
import brussels.maillage.directory.demo.DemoWords.Template;
import brussels.maillage.system.LocalizedText;

import static brussels.maillage.directory.demo.DemoWords.COMMUNES;
import static brussels.maillage.directory.demo.DemoWords.TEMPLATES;
import static brussels.maillage.directory.demo.DemoWords.ORGANISATION_NAMES_FR;
import static brussels.maillage.directory.demo.DemoWords.ORGANISATION_NAMES_NL;
import static brussels.maillage.directory.demo.DemoWords.OTHER_LANGUAGES;

/**
 * Invents a reproducible Brussels directory: organisations (never real ones) on real
 * streets of the 19 communes, services in French and Dutch across the directory's themes
 * and every level of service area, orientation lines and directories of directories, with
 * the CPAS, nursing homes and first-line services of its fixed lists. The same seed gives
 * the same directory, so it can feed demos, judged searches and benchmarks of any size. A
 * <em>varied</em> generator (for large synthetic directories) also varies organisation
 * names, service names and descriptions from a second random stream, so that the plain
 * demo directory of a seed stays the same.
 */
class DemoDirectoryGenerator {

	static final Instant REFERENCE_TIME = Instant.parse("2026-09-01T08:00:00Z");

	private final DemoDraws random;

	/** Extra variety for large directories, or {@code null} for the plain demo. */
	private final DemoVariety variety;

	DemoDirectoryGenerator(long seed) {
		this(seed, false);
	}

	/**
	 * A generator; a varied one gives each organisation, service name and description
	 * more variety (synthetic directories of any size), without changing the choices of
	 * the plain generator of the same seed.
	 */
	DemoDirectoryGenerator(long seed, boolean varied) {
		this.random = new DemoDraws(new Random(seed));
		this.variety = varied ? new DemoVariety(new Random(~seed)) : null;
	}

	/** Receives a directory as it is generated, each organisation before its services. */
	interface Sink {

		void organization(RegisterOrganization organization);

		void service(RegisterService service);

	}

	/**
	 * Organisations and services of a directory.
	 *
	 * @param organizations the organisations with their places
	 * @param services their services
	 */
	record Directory(List<RegisterOrganization> organizations, List<RegisterService> services) {
	}

	/** A directory of at least {@code count} services (the fixed entries included). */
	Directory generate(int count) {
		List<RegisterOrganization> organizations = new ArrayList<>();
		List<RegisterService> services = new ArrayList<>();
		generate(count, new Sink() {

			@Override
			public void organization(RegisterOrganization organization) {
				organizations.add(organization);
			}

			@Override
			public void service(RegisterService service) {
				services.add(service);
			}

		});
		return new Directory(organizations, services);
	}

	/**
	 * Streams a directory of at least {@code count} services (the fixed entries included)
	 * to {@code sink}, so that very large directories need not fit in memory.
	 */
	void generate(int count, Sink sink) {
		List<RegisterOrganization> fixedOrganizations = new ArrayList<>();
		List<RegisterService> fixedServices = new ArrayList<>();
		DemoPlatform.entries(this.random, fixedOrganizations, fixedServices);
		fixedOrganizations.forEach(sink::organization);
		fixedServices.forEach(sink::service);
		DemoCpas.organizations().forEach(sink::organization);
		DemoCpas.services().forEach(sink::service);
		DemoNursingHomes.organizations().forEach(sink::organization);
		DemoNursingHomes.services().forEach(sink::service);
		DemoFirstLine.organizations().forEach(sink::organization);
		DemoFirstLine.services().forEach(sink::service);
		int generated = fixedServices.size();
		// An organisation offering the same kind of service twice gave two services with
		// the same name at the same
		// address: the second is left out (its random draws are still made, so the rest
		// of the directory of a seed
		// stays as it was) and another service is generated at the end instead.
		Set<String> offeredAlready = new HashSet<>();
		while (generated < count) {
			Template template = this.random.pick(TEMPLATES);
			Commune commune = this.random.pick(COMMUNES);
			String writtenIn = writtenIn();
			String orgName = organisationName(template, commune, writtenIn);
			if (this.variety != null) {
				orgName = this.variety.organisationName(template, commune, writtenIn);
			}
			List<ServiceLocation> locations = new ArrayList<>();
			int places = (this.random.nextInt(5) == 0) ? 2 : 1;
			for (int i = 0; i < places; i++) {
				locations.add(this.random.location(commune, template.theme().equals("homelessness") && i == 1));
			}
			RegisterOrganization organization = new RegisterOrganization(this.random.uuid(), orgName,
					LocalizedText.of("Association sans but lucratif active à " + commune.fr() + ".",
							"Vzw actief in " + commune.nl() + ".", null),
					email(orgName), "https://" + slug(orgName) + ".example.org", locations);
			sink.organization(organization);
			int offered = 1 + this.random.nextInt(3);
			for (int i = 0; i < offered && generated < count; i++) {
				Template chosen = (i == 0) ? template : related(template);
				RegisterService service = service(organization, chosen, commune, writtenIn);
				RegisterService emitted = (this.variety != null) ? this.variety.varied(service, commune) : service;
				if (!offeredAlready.add(nameAndAddress(emitted, organization))) {
					continue;
				}
				sink.service(emitted);
				generated++;
			}
		}
	}

	/** What tells two services apart for a person: their names and their addresses. */
	static String nameAndAddress(RegisterService service, RegisterOrganization organization) {
		return service.name().fr() + "|" + service.name().nl() + "|"
				+ organization.locations()
					.stream()
					.filter((location) -> service.locationIds().contains(location.id()))
					.map((location) -> location.address() + ", " + location.postcode())
					.sorted()
					.toList();
	}

	private RegisterService service(RegisterOrganization organization, Template template, Commune commune,
			String writtenIn) {
		boolean fr = !writtenIn.equals("nl");
		boolean nl = !writtenIn.equals("fr");
		String where = organization.name();
		LocalizedText name = LocalizedText.of(fr ? template.nameFr() + " – " + where : null,
				nl ? template.nameNl() + " – " + where : null, null);
		LocalizedText description = LocalizedText.of(fr ? template.descriptionFr() : null,
				nl ? template.descriptionNl() : null, null);
		AreaLevel level = level(template.level());
		List<String> codes = switch (level) {
			case REGION -> List.of();
			case BASSIN -> List.of(commune.bassin());
			case COMMUNE -> (this.random.nextInt(6) == 0) ? List.of(commune.nis(), neighbour(commune).nis())
					: List.of(commune.nis());
			case QUARTIER -> List.of(quartier(commune));
		};
		Set<String> spoken = new LinkedHashSet<>();
		if (fr) {
			spoken.add("fr");
		}
		if (nl) {
			spoken.add("nl");
		}
		if (this.random.nextInt(3) == 0) {
			spoken.add(this.random.pick(OTHER_LANGUAGES));
		}
		List<String> themes = new ArrayList<>(List.of(template.theme()));
		if (template.theme().equals("home_nursing") && this.random.nextBoolean()) {
			themes.add("palliative");
		}
		if (template.theme().equals("urgent_medical_aid") || template.theme().equals("social_services")) {
			themes.add("cpas");
		}
		ServiceStatus status = (this.random.nextInt(25) == 0) ? ServiceStatus.TEMPORARILY_CLOSED
				: (this.random.nextInt(60) == 0) ? ServiceStatus.CLOSED : ServiceStatus.ACTIVE;
		Instant verified = (this.random.nextInt(8) == 0) ? null
				: REFERENCE_TIME.minus(this.random.nextInt(700), ChronoUnit.DAYS);
		return new RegisterService(this.random.uuid(), organization.id(), name, description,
				LocalizedText.of(fr ? "Sur rendez-vous, par téléphone ou sur place." : null,
						nl ? "Op afspraak, telefonisch of ter plaatse." : null, null),
				LocalizedText.of(fr ? fees(template.cost(), true) : null, nl ? fees(template.cost(), false) : null,
						null),
				null, status, template.kind(), organization.website(), organization.email(), template.minimumAge(),
				null, template.cost(), List.copyOf(spoken), template.targetGroups(), level, codes,
				organization.locations().stream().map(ServiceLocation::id).toList(), List.of(this.random.phone()),
				DemoDraws.weekdays(8 + this.random.nextInt(2), 16 + this.random.nextInt(3)), themes, verified,
				(verified != null) ? this.random.pick(List.of("nord@demo.maillage.brussels",
						"sud@demo.maillage.brussels", "coordination@demo.maillage.brussels")) : null);
	}

	private AreaLevel level(AreaLevel usual) {
		int roll = this.random.nextInt(10);
		if (roll < 6) {
			return usual;
		}
		return List.of(AreaLevel.QUARTIER, AreaLevel.COMMUNE, AreaLevel.BASSIN, AreaLevel.REGION).get(roll - 6);
	}

	private Template related(Template template) {
		return (this.random.nextBoolean()) ? template : this.random.pick(TEMPLATES);
	}

	private String writtenIn() {
		int roll = this.random.nextInt(20);
		return (roll < 10) ? "fr" : (roll < 13) ? "nl" : "fr+nl";
	}

	private String organisationName(Template template, Commune commune, String writtenIn) {
		String base = writtenIn.equals("nl") ? template.organisationNl() + " " + this.random.pick(ORGANISATION_NAMES_NL)
				: template.organisationFr() + " " + this.random.pick(ORGANISATION_NAMES_FR);
		return base + " " + (writtenIn.equals("nl") ? commune.nl() : commune.fr());
	}

	private Commune neighbour(Commune commune) {
		List<Commune> sameBassin = COMMUNES.stream()
			.filter((other) -> other.bassin().equals(commune.bassin()) && !other.equals(commune))
			.toList();
		return sameBassin.isEmpty() ? commune : this.random.pick(sameBassin);
	}

	/**
	 * Demo quartier codes: commune NIS code and a number (the real ones come from
	 * territory).
	 */
	static String quartier(Commune commune, int number) {
		return "Q" + commune.nis() + "-" + number;
	}

	private String quartier(Commune commune) {
		return quartier(commune, 1 + this.random.nextInt(3));
	}

	/** What a cost category means, in words. */
	static String fees(Cost cost, boolean french) {
		return switch (cost) {
			case FREE -> french ? "Gratuit" : "Gratis";
			case LOW_THRESHOLD -> french ? "Participation symbolique, jamais un obstacle" : "Symbolische bijdrage";
			case SLIDING_SCALE -> french ? "Tarif selon les revenus" : "Tarief volgens inkomen";
			case PAID -> french ? "Tarif conventionné INAMI" : "RIZIV-tarief";
		};
	}

	private static String email(String name) {
		return "contact@" + slug(name) + ".example.org";
	}

	/**
	 * The name as a host name's first part: lower case, no accents, words joined by
	 * hyphens.
	 */
	static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase()
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
