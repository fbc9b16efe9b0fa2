package brussels.maillage.directory.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open now" reads a schedule only within its validity (HSDS {@code valid_from},
 * {@code valid_to}): hours that expired, or that start later, do not make a service open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenNowValidityTests {

	/** Monday 2 March 2026, 10:00 (Brussels). */
	private static final LocalDateTime MONDAY_2026 = LocalDateTime.of(2026, 3, 2, 10, 0);

	/** Monday 3 June 2024, 10:00. */
	private static final LocalDateTime MONDAY_2024 = LocalDateTime.of(2024, 6, 3, 10, 0);

	@Autowired
	DirectoryService directory;

	private RegisterService registered(String name, List<OpeningHours> hours) {
		RegisterOrganization organization = organization("Asbl " + name, "21015", 50.867, 4.378);
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of(name, null, null), LocalizedText.of("Permanence sociale", null, null), null, null,
				null, ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"),
				List.of("adults"), AreaLevel.REGION, List.of(), List.of(organization.locations().get(0).id()),
				List.of(), hours, List.of("social_services"), null, null);
		this.directory.register(service, "test");
		return service;
	}

	private List<String> openAt(String word, LocalDateTime at) {
		return this.directory
			.search(new SearchQuery(word, null, null, false, null, Place.NOWHERE, null, null, 0, 20, null, at))
			.hits()
			.stream()
			.map((hit) -> hit.name().fr())
			.toList();
	}

	@Test
	void aServiceWhoseOnlyScheduleExpiredIsNotOpen() {
		registered("Permanence Orvilliers close", List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
				LocalTime.of(17, 0), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
		registered("Permanence Orvilliers ouverte",
				List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));

		assertThat(openAt("orvilliers", MONDAY_2026)).as("2026: the 2024 hours are over")
			.containsExactly("Permanence Orvilliers ouverte");
		assertThat(openAt("orvilliers", MONDAY_2024)).as("during 2024 both are open")
			.containsExactlyInAnyOrder("Permanence Orvilliers close", "Permanence Orvilliers ouverte");
		assertThat(openAt("orvilliers", null)).as("without open now, both are listed").hasSize(2);
	}

	@Test
	void hoursThatStartLaterDoNotOpenAServiceBefore() {
		registered("Permanence Tamaris", List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
				LocalTime.of(12, 0), LocalDate.of(2026, 4, 1), null)));
		assertThat(openAt("tamaris", MONDAY_2026)).isEmpty();
		assertThat(openAt("tamaris", LocalDateTime.of(2026, 4, 6, 11, 0))).as("a Monday in April")
			.containsExactly("Permanence Tamaris");
	}

	@Test
	void aNightThatStartsOnTheLastValidDayEndsTheNextMorning() {
		// Monday 20:00 to Tuesday 08:00, valid until Monday 2 March 2026.
		registered("Abri Quarteron", List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(8, 0),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2))));
		assertThat(openAt("quarteron", LocalDateTime.of(2026, 3, 3, 6, 0))).as("the night of 2 to 3 March")
			.containsExactly("Abri Quarteron");
		assertThat(openAt("quarteron", LocalDateTime.of(2026, 3, 9, 22, 0))).as("the Monday after: expired").isEmpty();
		assertThat(openAt("quarteron", LocalDateTime.of(2026, 3, 10, 6, 0))).isEmpty();
	}

}
