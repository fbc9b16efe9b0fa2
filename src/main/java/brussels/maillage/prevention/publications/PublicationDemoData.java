package brussels.maillage.prevention.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.NavigationItem;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The publications of the 2024 activity report (Zinneke #1 in spring and #2 in autumn
 * 2024, the Kaïros review), and the navigation to the register.
 */
@Configuration(proxyBeanMethods = false)
class PublicationDemoData {

	private final DemoMode demoMode;

	private final PublicationService publications;

	PublicationDemoData(DemoMode demoMode, PublicationService publications) {
		this.demoMode = demoMode;
		this.publications = publications;
	}

	@Bean
	NavigationItem publicationsNavigation() {
		return new NavigationItem("publication.nav", "/publications", 125, null);
	}

	@Bean
	NavigationItem publicationsStaffNavigation() {
		return new NavigationItem("publication.nav.staff", "/staff/publications", 525, "STAFF");
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demoMode.enabled() || this.publications.count() > 0) {
			return;
		}
		add(Publication.Series.ZINNEKE, "#1", "Zinneke #1 – printemps 2024", "Zinneke #1 – lente 2024",
				LocalDate.of(2024, 4, 1),
				"Revue semestrielle sur la transformation du social-santé bruxellois : 6 études, 4 projets, un article sur la territorialisation et 8 outils pour les professionnel·les.",
				"Halfjaarlijks tijdschrift over de transformatie van welzijn en gezondheid in Brussel: 6 studies, 4 projecten, een artikel over de territorialisering en 8 hulpmiddelen.",
				List.of("territorialisation"));
		add(Publication.Series.ZINNEKE, "#2", "Zinneke #2 – automne 2024", "Zinneke #2 – herfst 2024",
				LocalDate.of(2024, 10, 1),
				"4 études, un article de fond sur la responsabilité populationnelle, 3 projets du terrain et 7 outils pour les professionnel·les.",
				"4 studies, een achtergrondartikel over populatieverantwoordelijkheid, 3 projecten uit het veld en 7 hulpmiddelen.",
				List.of("responsabilité populationnelle"));
		add(Publication.Series.KAIROS, null, "Kaïros – la revue de la fin de vie",
				"Kaïros – tijdschrift over het levenseinde", LocalDate.of(2024, 11, 1),
				"Revue thématique consacrée à la fin de vie et à la culture palliative.",
				"Thematisch tijdschrift over het levenseinde en de palliatieve cultuur.", List.of("soins palliatifs"));
	}

	private void add(Publication.Series series, String issue, String fr, String nl, LocalDate date, String summaryFr,
			String summaryNl, List<String> themes) {
		this.publications.register(new Publication(UUID.randomUUID(), series, issue, LocalizedText.of(fr, nl, null),
				date, List.of("fr", "nl"), "https://www.brusano.brussels/publications/", false,
				LocalizedText.of(summaryFr, summaryNl, null), themes, null, null), null, "demo");
	}

}
