package brussels.maillage.governance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.Downloads;
import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalOrigin;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static brussels.maillage.governance.GovernanceWebTests.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal's status, set by a person only: received, under review, and the council's
 * answers, among them a merge into another proposal of the same council.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalStatusesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	ProposalsService proposals;

	@Test
	void aProposalMergedIntoAnotherOfItsCouncilPointsToItOnItsTraceAndInTheExport() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Fusions");
		Body other = GovernanceFixtures.council(this.bodies, "Conseil Voisin");
		UUID kept = this.proposals.submit(ProposalOrigin.CONTINUING_ACTION, null, null, "Permanences sociales",
				council.id(), null, "Ouvrir une permanence sociale commune aux deux quartiers.", null, "test");
		UUID merged = this.proposals.submit(ProposalOrigin.AUTHORITY_REQUEST, null, null, "Demande de la commune",
				council.id(), null, "Une permanence sociale au quartier de la gare.",
				"Een sociale permanentie in de stationswijk.", "test");
		UUID elsewhere = this.proposals.submit(ProposalOrigin.AUTHORITY_REQUEST, null, null, "Demande voisine",
				other.id(), null, "Une permanence ailleurs.", null, "test");

		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		String page = "/staff/governance/proposals/" + merged;
		staff.get(page);
		staff.post(page + "/answer", Map.of("status", "UNDER_REVIEW"));
		assertThat(this.proposals.proposal(merged).orElseThrow().status()).isEqualTo(ProposalStatus.UNDER_REVIEW);
		assertThat(this.proposals.proposal(merged).orElseThrow().answeredAt()).isNull();

		// Merged without saying into which proposal: refused next to the field, the
		// answer typed kept.
		staff.get(page);
		staff.post(page + "/answer", Map.of("status", "MERGED", "answerFr", "Reprise dans la permanence commune.",
				"answerNl", "", "mergedInto", ""));
		String refused = html(staff.get(page));
		assertThat(refused)
			.contains("id=\"mergedInto-error\"",
					"Choisissez la proposition de ce conseil dans laquelle celle-ci est fusionnée.",
					"Reprise dans la permanence commune.")
			.containsPattern("<option value=\"MERGED\" selected=\"selected\">");
		// Nor into a proposal of another council.
		staff.post(page + "/answer", Map.of("status", "MERGED", "answerFr", "Reprise dans la permanence commune.",
				"mergedInto", elsewhere.toString()));
		assertThat(this.proposals.proposal(merged).orElseThrow().status()).isEqualTo(ProposalStatus.UNDER_REVIEW);

		staff.get(page);
		HttpResponse<String> done = staff.post(page + "/answer", Map.of("status", "MERGED", "answerFr",
				"Reprise dans la permanence commune.", "mergedInto", kept.toString()));
		assertThat(done.statusCode()).isEqualTo(302);
		Proposal after = this.proposals.proposal(merged).orElseThrow();
		assertThat(after.status()).isEqualTo(ProposalStatus.MERGED);
		assertThat(after.mergedIntoId()).isEqualTo(kept);
		assertThat(after.answeredAt()).isNotNull();

		String trace = html(new WebSession(this.port).language("fr").get("/gouvernance/propositions/" + merged));
		assertThat(trace).contains("Fusionnée dans une autre proposition", "Fusionnée dans :",
				"href=\"/gouvernance/propositions/" + kept + "\"",
				"Ouvrir une permanence sociale commune aux deux quartiers.", "Reprise dans la permanence commune.");
		String dutch = html(new WebSession(this.port).language("nl").get("/gouvernance/propositions/" + merged));
		assertThat(dutch).contains("Samengevoegd met een ander voorstel",
				"Een sociale permanentie in de stationswijk.");

		int year = after.submittedAt().atZone(java.time.ZoneId.of("Europe/Brussels")).getYear();
		String csv = new String(new Downloads(this.port, "fr").get("/gouvernance/propositions.csv?year=" + year).body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines()).anySatisfy((line) -> assertThat(line).startsWith(council.code() + ";")
			.contains("Une permanence sociale au quartier de la gare.", "Fusionnée dans une autre proposition"));
	}

	@Test
	void onlyAStatusAPersonMaySetIsAcceptedAndADeclineNeedsItsReason() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Statuts");
		UUID proposal = this.proposals.submit(ProposalOrigin.CONTINUING_ACTION, null, null, "Action en cours",
				council.id(), null, "Poursuivre le répertoire des permanences.", null, "test");
		WebSession staff = new WebSession(this.port).language("nl");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		String page = "/staff/governance/proposals/" + proposal;
		staff.get(page);
		// Submitted is where every proposal starts, not an answer a person gives.
		staff.post(page + "/answer", Map.of("status", "SUBMITTED"));
		assertThat(html(staff.get(page))).contains("Kies een beslissing van de raad.");
		staff.post(page + "/answer", Map.of("status", "DECLINED", "answerFr", "", "answerNl", " "));
		assertThat(html(staff.get(page))).contains("id=\"answerFr-error\"");
		assertThat(this.proposals.proposal(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.SUBMITTED);
		staff.post(page + "/answer", Map.of("status", "DEFERRED", "answerNl", "Uitgesteld tot volgend jaar."));
		assertThat(this.proposals.proposal(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.DEFERRED);
		assertThat(html(new WebSession(this.port).language("nl").get("/gouvernance/propositions/" + proposal)))
			.contains("Uitgesteld", "Uitgesteld tot volgend jaar.");
	}

}
