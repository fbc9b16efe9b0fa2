package brussels.maillage.prevention.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

import brussels.maillage.system.NavigationItem;

/**
 * The three interfederal programmes of the BOOST reports (perinatality, from autumn 2024
 * in Centre-Ouest and 2025 in every bassin; vulnerable people; child and adolescent
 * obesity), and the navigation to the programmes.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeDemoData {

	private final DemoMode demoMode;

	private final ProgrammeService programmes;

	ProgrammeDemoData(DemoMode demoMode, ProgrammeService programmes) {
		this.demoMode = demoMode;
		this.programmes = programmes;
	}

	@Bean
	NavigationItem programmesAdminNavigation() {
		return new NavigationItem("programme.nav.admin", "/admin/programmes", 910, "ADMIN");
	}

	@Bean
	NavigationItem programmesStaffNavigation() {
		return new NavigationItem("programme.nav.staff", "/staff/programmes", 526, "STAFF");
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		if (!this.demoMode.enabled() || !this.programmes.all().isEmpty()) {
			return;
		}
		List<String> all = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");
		add("perinatality", "Programme périnatalité", "Perinataal programma", "Perinatal care programme", all,
				LocalDate.of(2024, 10, 1));
		add("vulnerable-people", "Programme personnes vulnérables", "Programma kwetsbare personen",
				"Vulnerable people programme", List.of("REGION"), LocalDate.of(2024, 1, 1));
		add("child-obesity", "Programme obésité de l'enfant et de l'adolescent·e",
				"Programma obesitas bij kinderen en jongeren", "Child and adolescent obesity programme",
				List.of("REGION"), LocalDate.of(2024, 1, 1));
	}

	private void add(String code, String fr, String nl, String en, List<String> territories, LocalDate starts) {
		this.programmes
			.add(new Programme(UUID.randomUUID(), code, LocalizedText.of(fr, nl, en), territories, starts, null));
	}

}
