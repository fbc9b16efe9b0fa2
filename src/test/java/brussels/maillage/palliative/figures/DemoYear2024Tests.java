package brussels.maillage.palliative.figures;

import java.util.Map;

import brussels.maillage.system.DisclosureControl.Reader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year 2024 against the activity report 2024 (seed {@code 001}, annex 3 from
 * line 1101): every value below is read in the report, not computed from the demo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoYear2024Tests {

	@Autowired
	PalliativeFigures figures;

	@Test
	void theDemoYear2024HasTheFiguresOfAnnex3() {
		PalliativeFigures.Figures year = this.figures.of(2024, Reader.OWNING_TEAM);
		// action 2: "52 suivis individuels 399 de visites +/- 40 rdv annulés par les
		// personnes suivies 2 suivis d'équipe en MRS"
		assertThat(year.active().columnTotals().get(0).value()).isEqualTo(52);
		assertThat(year.visits().columnTotals().get(0).value()).isEqualTo(399);
		assertThat(year.visits().columnTotals().get(1).value()).isBetween(35L, 45L);
		assertThat(year.active().columnTotals().get(1).value()).isEqualTo(2);

		// action 4: "20 conventions signées"; "GT référent·es palliatives en MR et MRS
		// organisés dans les 5 bassins (N et NE ensemble): mars/avril 22 participant·es
		// octobre/novembre 34 participant·es"
		assertThat(year.conventions().values().stream().mapToLong((bassin) -> bassin.signedInYear()).sum())
			.isEqualTo(20);
		// (the groups' two rounds of 22 and 34 participants in 4 groups are checked
		// by referents.ReferentGroupTests, beside ReferentService)

		// action 3: "60 entretiens motivationnels menés 26 volontaires formé-es 1 GT
		// responsables des volontaires en février (octobre annulé) 2 GT volontaires
		// (juin:
		// 9 participant-es - décembre: 5 participant-es)"; deliverable "2 cycles de
		// formation"
		Map<String, Object> volunteers = this.figures.volunteers(2024, Reader.OWNING_TEAM);
		assertThat(volunteers).containsEntry("interviews", 60L)
			.containsEntry("trained", 26L)
			.containsEntry("cyclesHeld", 2L)
			.containsEntry("managerWorkingGroupMeetingsHeld", 1L)
			.containsEntry("managerWorkingGroupMeetingsCancelled", 1L)
			.containsEntry("volunteerWorkingGroupMeetingsHeld", 2L)
			.containsEntry("volunteerWorkingGroupParticipants", 14L);
	}

}
