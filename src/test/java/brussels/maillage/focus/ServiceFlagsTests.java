package brussels.maillage.focus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a repertoire flags the directory services it lists (in the same application context
 * as {@code FocusWebTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceFlagsTests {

	@Autowired
	DirectoryService directory;

	@Test
	void flagsClosedTemporarilyClosedStaleAndMissingServices() {
		Instant now = Instant.now();
		Instant staleBefore = now.minus(365, ChronoUnit.DAYS);
		assertThat(FocusService.flag(null, staleBefore)).isEqualTo(ListedService.Flag.MISSING);
		UUID stale = staleService();
		var service = this.directory.service(stale).orElseThrow();
		assertThat(FocusService.flag(service, staleBefore)).isEqualTo(ListedService.Flag.STALE);
		assertThat(FocusService.flag(service, service.lastVerifiedAt().minusSeconds(1))).isNull();
	}

	private UUID staleService() {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Organisation de test Focus",
				LocalizedText.of("Organisation de test", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue Josaphat 10", "1030", "Schaerbeek", "21015",
						50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Centre de test obsolète", "Verouderd testcentrum", null),
				LocalizedText.of("Accompagnement des personnes diabétiques.", null, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(),
				AreaLevel.COMMUNE, List.of("21015"), List.of(organization.locations().get(0).id()),
				List.of("02 555 12 34"), List.of(), List.of("diabetes"), Instant.now().minus(800, ChronoUnit.DAYS),
				"test");
		this.directory.register(service, "test");
		return service.id();
	}

}
