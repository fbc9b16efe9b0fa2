package brussels.maillage.helpdesk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the summary check takes for identifying data, and what it lets through. */
class IdentifyingDataTests {

	@Test
	void findsANationalRegisterNumberWithValidCheckDigits() {
		assertThat(IdentifyingData.in("NN 85.07.30-033.28 sans médecin"))
			.contains(IdentifyingData.Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("85073003328")).contains(IdentifyingData.Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("dossier 85.07.30-033.61")).doesNotContain(IdentifyingData.Kind.NATIONAL_NUMBER);
	}

	@Test
	void findsEmailPhoneAndBirthDate() {
		assertThat(IdentifyingData.in("écrire à marie.dupont@example.be")).containsExactly(IdentifyingData.Kind.EMAIL);
		assertThat(IdentifyingData.in("rappeler au 0470 12 34 56")).containsExactly(IdentifyingData.Kind.PHONE);
		assertThat(IdentifyingData.in("tel +32 2 123 45 67")).containsExactly(IdentifyingData.Kind.PHONE);
		assertThat(IdentifyingData.in("née le 03/04/1941")).containsExactly(IdentifyingData.Kind.BIRTH_DATE);
	}

	@Test
	void letsOrdinaryTextThrough() {
		assertThat(IdentifyingData.in("Patient de 85 ans, 3 passages par jour, code postal 1030, depuis 2024."))
			.isEmpty();
		assertThat(IdentifyingData.in(null)).isEmpty();
	}

}
