package brussels.maillage.governance;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.proposals.ProposalOrigin;
import brussels.maillage.governance.proposals.ProposalsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static brussels.maillage.governance.GovernanceWebTests.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposals born elsewhere than in a synthesis: a working group, an authority's request,
 * a continuing action; each origin needs its own field, refused next to it when missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalOriginsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	ProposalsService proposals;

	@Test
	void aProposalFromAnAuthorityOrAWorkingGroupNeedsItsOriginAndShowsItOnTheTrace() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Origines");
		Body group = this.bodies.body("GT-DONNEES").orElseThrow();
		WebSession staff = new WebSession(this.port).language("nl");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		staff.get("/staff/governance/proposals/new");
		HttpResponse<String> noRequest = staff.post("/staff/governance/proposals/new",
				Map.of("originKind", "AUTHORITY_REQUEST", "originNote", "  ", "council", council.id().toString(),
						"textFr", "Recenser les places d'accueil de jour.", "textNl", ""));
		assertThat(noRequest.statusCode()).isEqualTo(200);
		assertThat(html(noRequest)).contains("id=\"originNote-error\"")
			.contains("Beschrijf de vraag of de actie waar het voorstel vandaan komt.")
			.containsPattern("value=\"AUTHORITY_REQUEST\" checked")
			.contains("Recenser les places d'accueil de jour.");
		HttpResponse<String> noGroup = staff.post("/staff/governance/proposals/new", Map.of("originKind",
				"WORKING_GROUP", "council", council.id().toString(), "textFr", "Un tableau de bord partagé."));
		assertThat(html(noGroup))
			.contains("id=\"originBody-error\"", "Kies de werkgroep waar het voorstel vandaan komt.")
			.contains("Un tableau de bord partagé.");
		assertThat(this.proposals.ofCouncil(council.id())).isEmpty();

		HttpResponse<String> fromAuthority = staff.post("/staff/governance/proposals/new",
				Map.of("originKind", "AUTHORITY_REQUEST", "originNote",
						"Demande de la Commission communautaire commune, mars 2026", "council", council.id().toString(),
						"textFr", "Recenser les places d'accueil de jour.", "textNl",
						"De plaatsen voor dagopvang inventariseren."));
		assertThat(fromAuthority.statusCode()).isEqualTo(302);
		staff.get("/staff/governance/proposals/new");
		HttpResponse<String> fromGroup = staff.post("/staff/governance/proposals/new",
				Map.of("originKind", "WORKING_GROUP", "originBody", group.id().toString(), "council",
						council.id().toString(), "textFr", "Un tableau de bord partagé des permanences."));
		assertThat(fromGroup.statusCode()).isEqualTo(302);
		assertThat(this.proposals.ofCouncil(council.id())).extracting((p) -> p.originKind())
			.containsExactlyInAnyOrder(ProposalOrigin.AUTHORITY_REQUEST, ProposalOrigin.WORKING_GROUP);

		String authorityTrace = html(new WebSession(this.port).language("nl").get(trace(fromAuthority)));
		assertThat(authorityTrace).contains("Ontstaan uit een vraag van een overheid",
				"Demande de la Commission communautaire commune, mars 2026",
				"De plaatsen voor dagopvang inventariseren.");
		String groupTrace = html(new WebSession(this.port).language("fr").get(trace(fromGroup)));
		assertThat(groupTrace).contains("Née dans un groupe de travail", "GT Données");
	}

	private static String trace(HttpResponse<String> submitted) {
		String location = submitted.headers().firstValue("Location").orElseThrow();
		return "/gouvernance/propositions/" + UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

}
