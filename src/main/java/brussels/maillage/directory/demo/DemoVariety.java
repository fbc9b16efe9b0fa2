package brussels.maillage.directory.demo;

import java.util.List;
import java.util.Random;

import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.demo.DemoWords.Commune;
import brussels.maillage.directory.demo.DemoWords.Template;
import brussels.maillage.system.LocalizedText;

import static brussels.maillage.directory.demo.DemoWords.VARIED_NAMES_FR;
import static brussels.maillage.directory.demo.DemoWords.VARIED_PLACES_FR;
import static brussels.maillage.directory.demo.DemoWords.VARIED_NAMES_NL;
import static brussels.maillage.directory.demo.DemoWords.VARIED_PLACES_NL;
import static brussels.maillage.directory.demo.DemoWords.ORGANISATION_FORMS_FR;
import static brussels.maillage.directory.demo.DemoWords.ORGANISATION_FORMS_NL;
import static brussels.maillage.directory.demo.DemoWords.SERVICE_QUALIFIERS_FR;
import static brussels.maillage.directory.demo.DemoWords.SERVICE_QUALIFIERS_NL;
import static brussels.maillage.directory.demo.DemoWords.EXTRA_SENTENCES_FR;
import static brussels.maillage.directory.demo.DemoWords.EXTRA_SENTENCES_NL;

/**
 * The extra variety of large synthetic directories: organisation names, qualified service
 * names and longer descriptions, drawn from a random stream of its own so that the plain
 * demo directory of a seed stays the same.
 */
final class DemoVariety {

	private final Random variety;

	DemoVariety(Random variety) {
		this.variety = variety;
	}

	/** An organisation name from the varied word lists. */
	String organisationName(Template template, Commune commune, String writtenIn) {
		boolean nl = writtenIn.equals("nl");
		String form = vary(nl ? ORGANISATION_FORMS_NL : ORGANISATION_FORMS_FR);
		String name = vary(nl ? VARIED_NAMES_NL : VARIED_NAMES_FR);
		String place = vary(nl ? VARIED_PLACES_NL : VARIED_PLACES_FR);
		String activity = (this.variety.nextBoolean()) ? (nl ? template.organisationNl() : template.organisationFr())
				: "";
		return String.join(" ", List.of(form, activity, name, place, nl ? commune.nl() : commune.fr()))
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * The service with a qualified name now and then (a branch, a team) and one to three
	 * more sentences in its description.
	 */
	RegisterService varied(RegisterService service, Commune commune) {
		LocalizedText name = service.name();
		if (this.variety.nextInt(3) == 0) {
			int qualifier = this.variety.nextInt(SERVICE_QUALIFIERS_FR.size());
			String street = vary(commune.streets());
			name = LocalizedText.of(
					(name.fr() != null) ? SERVICE_QUALIFIERS_FR.get(qualifier) + " " + street + " – " + name.fr()
							: null,
					(name.nl() != null) ? SERVICE_QUALIFIERS_NL.get(qualifier) + " " + street + " – " + name.nl()
							: null,
					null);
		}
		LocalizedText description = service.description();
		int extra = 1 + this.variety.nextInt(3);
		StringBuilder fr = (description.fr() != null) ? new StringBuilder(description.fr()) : null;
		StringBuilder nl = (description.nl() != null) ? new StringBuilder(description.nl()) : null;
		for (int i = 0; i < extra; i++) {
			int sentence = this.variety.nextInt(EXTRA_SENTENCES_FR.size());
			if (fr != null) {
				fr.append(' ').append(EXTRA_SENTENCES_FR.get(sentence));
			}
			if (nl != null) {
				nl.append(' ').append(EXTRA_SENTENCES_NL.get(sentence));
			}
		}
		description = LocalizedText.of((fr != null) ? fr.toString() : null, (nl != null) ? nl.toString() : null, null);
		return new RegisterService(service.id(), service.organizationId(), name, description,
				service.applicationProcess(), service.feesDescription(), service.eligibility(), service.status(),
				service.kind(), service.url(), service.email(), service.minimumAge(), service.maximumAge(),
				service.cost(), service.languages(), service.targetGroups(), service.areaLevel(), service.areaCodes(),
				service.locationIds(), service.phones(), service.openingHours(), service.themeCodes(),
				service.lastVerifiedAt(), service.lastVerifiedBy());
	}

	private <T> T vary(List<T> values) {
		return values.get(this.variety.nextInt(values.size()));
	}

}
