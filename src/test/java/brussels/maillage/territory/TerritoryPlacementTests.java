package brussels.maillage.territory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Placement of points and postcodes on the real reference data, one test per certainty.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
class TerritoryPlacementTests {

	@Autowired
	TerritoryService territory;

	@Test
	void placesAPointInLaekenInBassinNordAsExact() {
		Placement placement = this.territory.place(50.8867, 4.3520);
		assertThat(placement.certainty()).isEqualTo(Certainty.EXACT);
		assertThat(placement.bassin()).isEqualTo("NORD");
		assertThat(placement.status()).isEqualTo(AssignmentStatus.VERIFIED);
		assertThat(placement.region()).isEqualTo("BE-BRU");
		assertThat(placement.communeNis()).isEqualTo("21004");
		assertThat(placement.submunicipality()).isEqualTo("21004E");
		assertThat(placement.sector()).startsWith("21004E");
		assertThat(placement.quartier()).isNull();
		assertThat(placement.candidates()).isEmpty();
		assertThat(placement.reason()).contains("21004E").contains("verified");
	}

	@Test
	void placesAPointInSchaerbeekInBassinNordEstAsInferred() {
		Placement placement = this.territory.place(50.8676, 4.3737);
		assertThat(placement.certainty()).isEqualTo(Certainty.INFERRED);
		assertThat(placement.bassin()).isEqualTo("NORD_EST");
		assertThat(placement.communeNis()).isEqualTo("21015");
		assertThat(placement.commune().nl()).isEqualTo("Schaarbeek");
	}

	@Test
	void placesAPointNearTheBerlaymontAtTheRegionLevelAsUnresolved() {
		Placement placement = this.territory.place(50.8436, 4.3826);
		assertThat(placement.certainty()).isEqualTo(Certainty.UNRESOLVED);
		assertThat(placement.bassin()).isNull();
		assertThat(placement.region()).isEqualTo("BE-BRU");
		assertThat(placement.submunicipality()).isEqualTo("21004B");
		assertThat(placement.reason()).contains("region level");
	}

	@Test
	void placesAPointInAntwerpOutside() {
		Placement placement = this.territory.place(51.2194, 4.4025);
		assertThat(placement.certainty()).isEqualTo(Certainty.OUTSIDE);
		assertThat(placement.region()).isNull();
		assertThat(placement.bassin()).isNull();
		assertThat(placement.communeNis()).isNull();
	}

	@Test
	void givesEveryCandidateForPostcode1050AsAmbiguous() {
		Placement placement = this.territory.place("1050");
		assertThat(placement.certainty()).isEqualTo(Certainty.AMBIGUOUS);
		assertThat(placement.bassin()).isNull();
		assertThat(placement.candidates()).extracting(Placement.Candidate::communeNis)
			.containsExactlyInAnyOrder("21009", "21004");
		assertThat(placement.candidates()).filteredOn((candidate) -> candidate.communeNis().equals("21009"))
			.singleElement()
			.satisfies((ixelles) -> assertThat(ixelles.bassin()).isEqualTo("SUD"));
		assertThat(placement.candidates()).filteredOn((candidate) -> candidate.communeNis().equals("21004"))
			.extracting(Placement.Candidate::submunicipality)
			.containsExactly("21004C");
	}

	@Test
	void narrowsTheCityOfBrusselsToThePartsAPostcodeCovers() {
		Placement laeken = this.territory.place("1020");
		assertThat(laeken.certainty()).isEqualTo(Certainty.EXACT);
		assertThat(laeken.bassin()).isEqualTo("NORD");
		assertThat(laeken.submunicipality()).isEqualTo("21004E");
		assertThat(this.territory.place("1130").bassin()).isEqualTo("NORD");
		assertThat(this.territory.place("1000").candidates()).extracting(Placement.Candidate::submunicipality)
			.containsExactlyInAnyOrder("21004A", "21004B", "21004C", "21004D");
	}

	@Test
	void ignoresAStreetOrTwoAcrossACommuneBorder() {
		Placement schaerbeek = this.territory.place("1030");
		assertThat(schaerbeek.certainty()).isEqualTo(Certainty.INFERRED);
		assertThat(schaerbeek.bassin()).isEqualTo("NORD_EST");
		assertThat(schaerbeek.communeNis()).isEqualTo("21015");
	}

	@Test
	void neverPicksABassinSilentlyForPostcodes1000And1040() {
		assertThat(this.territory.place("1000").certainty()).isEqualTo(Certainty.AMBIGUOUS);
		assertThat(this.territory.place("1040").certainty()).isEqualTo(Certainty.AMBIGUOUS);
	}

	@Test
	void placesAPostcodeOfOneCommuneInItsBassin() {
		Placement uccle = this.territory.place("1180");
		assertThat(uccle.certainty()).isEqualTo(Certainty.EXACT);
		assertThat(uccle.bassin()).isEqualTo("SUD");
		assertThat(uccle.communeNis()).isEqualTo("21016");
		assertThat(uccle.submunicipality()).isEqualTo("21016A");
		Placement evere = this.territory.place("1140");
		assertThat(evere.bassin()).isEqualTo("NORD_EST");
		assertThat(evere.certainty()).isEqualTo(Certainty.EXACT);
	}

	@Test
	void keepsTheWeakestStatusWhenAPostcodeGivesOneBassin() {
		Placement placement = this.territory.place("1210");
		assertThat(placement.bassin()).isEqualTo("NORD_EST");
		assertThat(placement.certainty()).isEqualTo(Certainty.EXACT);
		Placement schaerbeek = this.territory.place("1035");
		assertThat(schaerbeek.bassin()).isEqualTo("NORD_EST");
		assertThat(schaerbeek.certainty()).isEqualTo(Certainty.INFERRED);
	}

	@Test
	void letsThePointDecideWhenThePostcodeDisagrees() {
		Placement placement = this.territory.place("1180", 50.8867, 4.3520);
		assertThat(placement.bassin()).isEqualTo("NORD");
		assertThat(placement.reason()).contains("the point decides");
		assertThat(placement.candidates()).extracting(Placement.Candidate::communeNis).containsExactly("21016");
		Placement agreeing = this.territory.place("1020", 50.8867, 4.3520);
		assertThat(agreeing.candidates()).isEmpty();
		Placement antwerp = this.territory.place("1050", 51.2194, 4.4025);
		assertThat(antwerp.certainty()).isEqualTo(Certainty.OUTSIDE);
		assertThat(antwerp.reason()).contains("although postcode 1050 is a Brussels postcode");
	}

	@Test
	void rejectsPostcodesOutsideBrusselsAndMalformedInput() {
		assertThatThrownBy(() -> this.territory.place("2000")).isInstanceOf(UnknownPostcodeException.class);
		assertThatThrownBy(() -> this.territory.place("10a0")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.territory.place(91, 4.35)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.territory.place(50.85, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void listsTheFiveBassinsWithTheirAreas() {
		assertThat(this.territory.bassins()).extracting((summary) -> summary.bassin().code())
			.containsExactlyInAnyOrder("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");
		BassinSummary sud = this.territory.bassin("SUD").orElseThrow();
		assertThat(sud.communes()).extracting(Commune::nis).contains("21009", "21016", "21004");
		assertThat(sud.partialCommunes()).isTrue();
		assertThat(sud.population()).isGreaterThan(300_000);
		assertThat(this.territory.regionLevel()).extracting(Submunicipality::code).contains("21004D");
	}

}
