package brussels.maillage.directory.demo;

import java.time.temporal.ChronoUnit;
import java.util.List;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.demo.DemoWords.Commune;
import brussels.maillage.system.LocalizedText;

import static brussels.maillage.directory.demo.DemoWords.COMMUNES;

/**
 * The demo directory's fixed entries: an information platform with its directories of
 * directories and its orientation lines, covering the whole region.
 */
final class DemoPlatform {

	private DemoPlatform() {
	}

	/** Adds the platform and its services to the lists. */
	static void entries(DemoDraws random, List<RegisterOrganization> organizations, List<RegisterService> services) {
		Commune brussels = COMMUNES.get(3);
		RegisterOrganization platform = new RegisterOrganization(random.uuid(), "Réseau Maillon Santé Bruxelles",
				LocalizedText.of("Plateforme d'information sur l'offre social-santé bruxelloise.",
						"Informatieplatform over het Brusselse welzijns- en gezondheidsaanbod.", null),
				"info@maillon-sante.example.org", "https://maillon-sante.example.org",
				List.of(random.location(brussels, false)));
		organizations.add(platform);
		services.add(special(random, platform, "repertoires", ServiceKind.DIRECTORY,
				LocalizedText.of("Répertoire des répertoires social-santé",
						"Repertorium van de welzijns- en gezondheidsrepertoria",
						"Directory of social and health directories"),
				LocalizedText.of(
						"Tous les répertoires de services social-santé de Bruxelles en un lieu : par thème, par public et par territoire.",
						"Alle Brusselse repertoria van welzijns- en gezondheidsdiensten op één plek: per thema, doelgroep en gebied.",
						null)));
		services.add(special(random, platform, "repertoires", ServiceKind.DIRECTORY,
				LocalizedText.of("Répertoire de l'aide et des soins à domicile", "Repertorium thuishulp en thuiszorg",
						null),
				LocalizedText.of("Liste des services d'aide familiale, de soins infirmiers et de repas à domicile.",
						"Overzicht van diensten voor gezinszorg, thuisverpleging en maaltijden aan huis.", null)));
		services.add(special(random, platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne d'orientation santé mentale", "Oriëntatielijn geestelijke gezondheid", null),
				LocalizedText.of("Une ligne téléphonique pour trouver le bon service de santé mentale.",
						"Eén telefoonlijn om de juiste dienst voor geestelijke gezondheid te vinden.", null)));
		services.add(special(random, platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne info soins palliatifs et fin de vie",
						"Infolijn palliatieve zorg en levenseinde", null),
				LocalizedText.of("Information et orientation sur les soins palliatifs à domicile et en institution.",
						"Informatie en doorverwijzing over palliatieve zorg thuis en in een instelling.", null)));
		services.add(special(random, platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne info seniors", "Infolijn senioren", null),
				LocalizedText.of("Orientation des personnes de plus de 60 ans et de leurs proches.",
						"Doorverwijzing van 60-plussers en hun naasten.", null)));
	}

	private static RegisterService special(DemoDraws random, RegisterOrganization organization, String theme,
			ServiceKind kind, LocalizedText name, LocalizedText description) {
		List<String> themes = theme.equals("orientation") ? List.of("orientation") : List.of(theme);
		return new RegisterService(random.uuid(), organization.id(), name, description,
				LocalizedText.of("Par téléphone ou en ligne, sans inscription.",
						"Telefonisch of online, zonder inschrijving.", null),
				LocalizedText.of("Gratuit", "Gratis", null), null, ServiceStatus.ACTIVE, kind, organization.website(),
				organization.email(), null, null, Cost.FREE, List.of("fr", "nl", "en"), List.of("professionals"),
				AreaLevel.REGION, List.of(), List.of(organization.locations().get(0).id()), List.of(random.phone()),
				DemoDraws.weekdays(9, 17), themes,
				DemoDirectoryGenerator.REFERENCE_TIME.minus(random.nextInt(200), ChronoUnit.DAYS), "demo");
	}

}
