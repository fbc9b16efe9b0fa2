package brussels.maillage.palliative.conventions;

import brussels.maillage.palliative.figures.PalliativeFigures;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import brussels.maillage.WebSession;
import brussels.maillage.identity.Accounts;
import brussels.maillage.palliative.conventions.ConventionService.NursingHome;
import brussels.maillage.system.MailOutbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A convention whose validity ends within 90 days is marked renewal due once, the team
 * gets a mail about it and sees it on its dashboard; a convention past its validity is
 * not counted in force on 31 December.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConventionRenewalTests {

	static final String PASSWORD = "demo-maillage-2026";

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	ConventionService conventions;

	@Autowired
	ConventionRenewals renewals;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Accounts accounts;

	@Test
	void aConventionEndingWithin90DaysIsRemindedOnceAndShownOnTheTeamsDashboard() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		NursingHome home = this.conventions.nursingHomes()
			.stream()
			.filter((candidate) -> candidate.bassin() != null)
			.filter((candidate) -> this.conventions.all()
				.stream()
				.noneMatch((c) -> c.organizationId().equals(candidate.id())))
			.reduce((first, second) -> second)
			.orElseThrow();
		LocalDate signedOn = today.minusDays(10);
		LocalDate validUntil = today.plusDays(30);
		int endYear = validUntil.getYear();
		long inForceBefore = this.conventions.figures(endYear, PalliativeFigures.BASSINS)
			.get(home.bassin())
			.activeAtEnd();

		long id = this.conventions.identify(home.id(), "MR", "2024-1", today.minusDays(20), null);
		this.conventions.advance(id, ConventionStatus.PRESENTED, today.minusDays(15), null, null, null, null, null);
		this.conventions.advance(id, ConventionStatus.SIGNED, signedOn, "Direction", validUntil, PDF, "c.pdf", null);

		assertThat(this.renewals.remind()).isPositive();
		assertThat(this.conventions.find(id).orElseThrow().status()).isEqualTo(ConventionStatus.RENEWAL_DUE);
		List<MailOutbox.MailStatus> mails = this.outbox.about("palliative_convention", id);
		int members = this.accounts.staffOf(brussels.maillage.identity.TerritoryScope.PALLIATIVE).size();
		assertThat(members).isPositive();
		assertThat(mails).hasSize(members)
			.anyMatch((mail) -> mail.recipient().equals("palliatif@demo.maillage.brussels"))
			.allMatch((mail) -> mail.subject().startsWith("Convention à renouveler : " + home.name())
					&& mail.subject().contains("Te vernieuwen overeenkomst: " + home.name()));
		this.renewals.remind();
		assertThat(this.outbox.about("palliative_convention", id)).as("reminded once").hasSize(members);

		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", PASSWORD);
		String dashboard = team.get("/staff/palliative/figures").body();
		assertThat(dashboard).contains("id=\"renewals\"").contains(home.name().replace("'", "&#39;"));
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", PASSWORD);
		assertThat(coordinator.get("/staff/palliative/figures").body()).doesNotContain("id=\"renewals\"");

		// still in force (renewal due) but valid only until validUntil: in force on 31
		// December of that year only when it is valid on that day
		boolean validOn31December = !validUntil.isBefore(LocalDate.of(endYear, 12, 31));
		assertThat(this.conventions.figures(endYear, PalliativeFigures.BASSINS).get(home.bassin()).activeAtEnd())
			.isEqualTo(inForceBefore + (validOn31December ? 1 : 0));
	}

}
