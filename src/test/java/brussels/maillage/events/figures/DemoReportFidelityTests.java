package brussels.maillage.events.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventsService;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo against its sources: the activity report 2024 ({@code 001}, lines 280-303 for
 * the open-doors weeks) and the territory module's data for the communes of the hosts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoReportFidelityTests {

	@Autowired
	TerritoryService territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FigureService figures;

	@Autowired
	EventsService events;

	@Test
	void theFourWebinarsOf2024HaveTheReportsDaysRegistrantsAndAReplayLink() {
		// "26/01/2024: Focus Live Soins palliatifs et fin de vie 141 personnes
		// inscrites",
		// "19/04/2024 ... diabète de type 2 158", "20/09/2024 ... vie à domicile 158",
		// "06/12/2024 ... Santé mentale ... 188" (lines 478-481).
		List<FigureRow> rows = this.figures.figures(new FigureQuery("event", null, null,
				java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)), java.util.Locale.FRENCH);
		List<String> webinars = rows.stream()
			.filter((row) -> this.events.event(java.util.UUID.fromString(row.key()))
				.orElseThrow()
				.kind() == EventKind.WEBINAR)
			.map((row) -> row.startsAt().atZone(EventsService.TIME_ZONE).toLocalDate() + " " + row.registrants() + " "
					+ (this.events.event(java.util.UUID.fromString(row.key()))
						.orElseThrow()
						.activity()
						.replayUrl() != null))
			.toList();
		assertThat(webinars).containsExactly("2024-01-26 141 true", "2024-04-19 158 true", "2024-09-20 150 true",
				"2024-12-06 188 true");
	}

	@Test
	void theBrusinfoSessionsOf2024AreCountedByRequestingTerritoryAndByTeamAsTheReportsAnnexes() {
		java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 1);
		java.time.LocalDate to = java.time.LocalDate.of(2024, 12, 31);
		// "Réception de la demande : Région : 40 ... Centre-Ouest: 10, Sud: 8, Nord: 4,
		// Nord-Est: 10, Sud-Est: 8" (lines 816-822).
		Map<String, Long> byRequest = new LinkedHashMap<>();
		this.figures.figures(new FigureQuery("kind", "requesting", null, from, to), java.util.Locale.FRENCH)
			.stream()
			.filter((row) -> "INFO_SESSION".equals(row.key()))
			.forEach((row) -> byRequest.put(row.key2(), row.held()));
		assertThat(byRequest).containsOnly(Map.entry("REGION", 40L), Map.entry("CENTRE_OUEST", 10L),
				Map.entry("SUD", 8L), Map.entry("NORD", 4L), Map.entry("NORD_EST", 10L), Map.entry("SUD_EST", 8L));
		// "Bassin Centre-Ouest: 24 séances, Nord: 5, Nord-Est: 10, Sud-Est: 6, Sud: 9"
		// (lines 724-737); the other 26 of the 80 by the regional teams.
		Map<String, Long> byTeam = new LinkedHashMap<>();
		this.figures.figures(new FigureQuery("kind", "team", null, from, to), java.util.Locale.FRENCH)
			.stream()
			.filter((row) -> "INFO_SESSION".equals(row.key()))
			.forEach((row) -> byTeam.put(row.key2(), row.held()));
		assertThat(byTeam).contains(Map.entry("CENTRE_OUEST", 24L), Map.entry("NORD", 5L), Map.entry("NORD_EST", 10L),
				Map.entry("SUD_EST", 6L), Map.entry("SUD", 9L));
		assertThat(byTeam.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
		// "15 séances ont porté sur des thématiques liées à la fin de vie"; most in
		// nursing homes, unlisted, with a headcount.
		assertThat(byTeam).containsEntry("PALLIATIVE", 15L);
		List<Event> sessions = this.events.all(5000)
			.stream()
			.filter((event) -> event.kind() == EventKind.INFO_SESSION && event.startsAt() != null
					&& event.startsAt().atZone(EventsService.TIME_ZONE).getYear() == 2024)
			.toList();
		assertThat(sessions).hasSize(80).allMatch((event) -> event.activity().headcount() != null);
		assertThat(sessions).filteredOn((event) -> event.activity().unlisted()).hasSizeGreaterThan(40);
		assertThat(sessions).anyMatch((event) -> event.activity().unlisted() && event.activity().headcount() == 22
				&& event.title().fr().contains("Maison de repos"));
		assertThat(this.events.agenda(from.atStartOfDay(EventsService.TIME_ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(EventsService.TIME_ZONE).toInstant(), new AgendaFilter(null, null, null), 0,
				500))
			.noneMatch((event) -> event.activity().unlisted());
	}

}
