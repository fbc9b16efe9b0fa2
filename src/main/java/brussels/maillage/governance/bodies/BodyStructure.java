package brussels.maillage.governance.bodies;

import java.util.Locale;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.BassinSummary;
import brussels.maillage.territory.TerritoryService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The fixed structure of the Gouvernance note, made sure of at start-up: per bassin of
 * the territory module a council, a series of change workshops and three consultation
 * series; the regional council and the two working groups. Bodies an administrator adds
 * stay.
 */
@Component
class BodyStructure implements ApplicationRunner {

	private final BodiesService bodies;

	private final TerritoryService territory;

	BodyStructure(BodiesService bodies, TerritoryService territory) {
		this.bodies = bodies;
		this.territory = territory;
	}

	@Override
	public void run(ApplicationArguments args) {
		add("CAR", BodyKind.REGIONAL_COUNCIL, "REGION", null,
				LocalizedText.of("Conseil de l'action régionale", "Regionale actieraad", "Regional action council"));
		add("GT-DONNEES", BodyKind.WORKING_GROUP, "REGION", null,
				LocalizedText.of("GT Données", "WG Gegevens", "Data working group"));
		add("GT-METHODES", BodyKind.WORKING_GROUP, "REGION", null, LocalizedText.of("GT Méthodes & Participation",
				"WG Methoden & Participatie", "Methods & Participation working group"));
		for (BassinSummary summary : this.territory.bassins()) {
			Bassin bassin = summary.bassin();
			String fr = bassin.name().in(Locale.FRENCH).text();
			String nl = bassin.name().in(Locale.of("nl")).text();
			String en = bassin.name().in(Locale.ENGLISH).text();
			add("CAB-" + bassin.code(), BodyKind.BASSIN_COUNCIL, bassin.code(), null,
					LocalizedText.of("Conseil de l'action – " + fr, "Actieraad – " + nl, "Action council – " + en));
			add("ADC-" + bassin.code(), BodyKind.WORKSHOP_SERIES, bassin.code(), null, LocalizedText
				.of("Ateliers du changement – " + fr, "Veranderingsateliers – " + nl, "Change workshops – " + en));
			add("CT-" + bassin.code() + "-MENTAL_HEALTH", BodyKind.CONSULTATION_SERIES, bassin.code(),
					ConsultationTheme.MENTAL_HEALTH, LocalizedText.of("Concertation santé mentale – " + fr,
							"Thematisch overleg geestelijke gezondheid – " + nl, "Mental health consultation – " + en));
			add("CT-" + bassin.code() + "-PREVENTION", BodyKind.CONSULTATION_SERIES, bassin.code(),
					ConsultationTheme.PREVENTION,
					LocalizedText.of("Concertation prévention et promotion de la santé – " + fr,
							"Thematisch overleg preventie en gezondheidspromotie – " + nl,
							"Prevention and health promotion consultation – " + en));
			add("CT-" + bassin.code() + "-HOSPITAL_LIAISON", BodyKind.CONSULTATION_SERIES, bassin.code(),
					ConsultationTheme.HOSPITAL_LIAISON,
					LocalizedText.of("Concertation liaison hôpital-ambulatoire – " + fr,
							"Thematisch overleg ziekenhuis-ambulante zorg – " + nl,
							"Hospital-ambulatory liaison consultation – " + en));
		}
	}

	private void add(String code, BodyKind kind, String territory, ConsultationTheme theme, LocalizedText name) {
		this.bodies.ensure(new Body(UUID.randomUUID(), code, kind, territory, theme, name));
	}

}
