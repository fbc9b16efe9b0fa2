package brussels.maillage.helpdesk.requests;

import brussels.maillage.helpdesk.requests.IdentifyingData.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the free-text check takes for identifying data, and what it lets through. The
 * valid national numbers below were computed by hand from the rule: the check digits are
 * 97 minus the first nine digits modulo 97, with a 2 in front of them for people born
 * from 2000 (850730033 mod 97 = 69, 97 - 69 = 28; 2010101001 mod 97 = 71, 97 - 71 = 26).
 */
class IdentifyingDataTests {

	@Test
	void findsANationalRegisterNumberWithValidCheckDigits() {
		assertThat(IdentifyingData.in("NN 85.07.30-033.28 sans médecin")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("85073003328")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("dossier 85.07.30-033.61")).doesNotContain(Kind.NATIONAL_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "85.07.30-033.28", "85-07-30-033-28", "85 07 30 033 28", "850730 033 28", "850730-03328",
			"85073003328", "85.07.30 033.28" })
	void findsAValidNationalNumberInEveryWrittenForm(String number) {
		assertThat(IdentifyingData.in("Pour la personne " + number + ", pas de médecin."))
			.containsExactly(Kind.NATIONAL_NUMBER);
	}

	@Test
	void usesTheSecondCenturyForPeopleBornFrom2000() {
		// born 1 January 2001: 97 - (2010101001 mod 97) = 26; the 1900s rule would give
		// 94
		assertThat(IdentifyingData.in("enfant 01.01.01-001.26")).containsExactly(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("enfant 01010100126")).containsExactly(Kind.NATIONAL_NUMBER);
		// born 1 January 1901: 97 - (010101001 mod 97) = 94
		assertThat(IdentifyingData.in("dossier 01.01.01-001.94")).containsExactly(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("dossier 01.01.01-001.27")).isEmpty();
	}

	@Test
	void findsBisNumbersWhoseMonthIsRaisedBy20Or40() {
		// 852730033: 97 - (852730033 mod 97) = 71; 854730033: 97 - (854730033 mod 97) =
		// 17
		assertThat(IdentifyingData.in("BIS 85.27.30-033.71")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("personne sans titre de séjour 85.47.30-033.17"))
			.containsExactly(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("dossier 85.47.30-033.18")).isEmpty();
		// born 2001 with a BIS number: 97 - (2012101001 mod 97) = 69
		assertThat(IdentifyingData.in("dossier 01.21.01-001.69")).containsExactly(Kind.NATIONAL_NUMBER);
	}

	@Test
	void aNumberWithWrongCheckDigitsIsStillFlaggedAfterTheWordsThatNameIt() {
		// 450312123: the check digits would be 95 (or 27 from 2000), not 45
		assertThat(IdentifyingData.in("rijksregisternummer 45.03.12-123.45")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("rijksregisternummer: 45031212345")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("son numéro national est le 45.03.12-123.45")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("NISS 45031212345")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("INSZ-nummer 45 03 12 123 45")).contains(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("dossier 45031212345")).doesNotContain(Kind.NATIONAL_NUMBER);
		assertThat(IdentifyingData.in("Jeanne a 45031212345 points")).doesNotContain(Kind.NATIONAL_NUMBER);
	}

	@Test
	void flagsTheNameTheNumberAndTheAddressOfTheIssuesExample() {
		assertThat(IdentifyingData
			.in("Mevrouw Jeanne Peeters, rijksregisternummer 45.03.12-123.45, woont Rue Eloy 26 bus 3."))
			.containsExactlyInAnyOrder(Kind.NAME, Kind.NATIONAL_NUMBER, Kind.ADDRESS);
		assertThat(IdentifyingData.in("Mevrouw Jeanne Peeters, rijksregisternummer 45031212345, woont Rue Eloy 26."))
			.containsExactlyInAnyOrder(Kind.NAME, Kind.NATIONAL_NUMBER, Kind.ADDRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rue Eloy 26 bus 3", "Avenue Louise 54", "Kerkstraat 12", "chaussée de Waterloo 1020",
			"Boulevard Anspach 1 boîte 2", "rue de la Loi 16", "Avenue du Port 86C", "Rue Royale, 12", "Louizalaan 54",
			"Sint-Lambertusstraat 4", "Bergensesteenweg 120", "Grote Markt 7", "26, rue Eloy", "place Flagey 18",
			"Avenue Van Volxem 254", "Chaussée d'Ixelles 223", "Boomsesteenweg 12a" })
	void findsAStreetAddressWithAHouseNumber(String address) {
		assertThat(IdentifyingData.in("La personne habite " + address + " depuis peu.")).containsExactly(Kind.ADDRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mevrouw Peeters", "Madame Dupont", "madame Dupont", "Monsieur Van den Berg",
			"Meneer Janssens", "Mme Dubois", "M. Dupont", "Mr Smith", "Mevr. Claes", "Dhr. De Smet", "de heer Maes",
			"Madame Marie Lambert", "Monsieur DURAND" })
	void findsAPersonNamedAfterACivility(String name) {
		assertThat(IdentifyingData.in("Appel pour " + name + " qui sort de l'hôpital.")).containsExactly(Kind.NAME);
	}

	@Test
	void findsEmailPhoneAndBirthDate() {
		assertThat(IdentifyingData.in("écrire à marie.dupont@example.be")).containsExactly(Kind.EMAIL);
		assertThat(IdentifyingData.in("rappeler au 0470 12 34 56")).containsExactly(Kind.PHONE);
		assertThat(IdentifyingData.in("tel +32 2 123 45 67")).containsExactly(Kind.PHONE);
		assertThat(IdentifyingData.in("née le 03/04/1941")).containsExactly(Kind.BIRTH_DATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Patient de 85 ans, 3 passages par jour, code postal 1030, depuis 2024.",
			"3 séances par semaine, 26 bus ou tram, rendez-vous le 12.", "Monsieur X. a appelé pour sa mère.",
			"Madame la directrice du CPAS demande une liste.", "Personne à la rue depuis 3 mois.",
			"Facture 2024-00012345 réglée; dossier 12345678901.", "Du 01/03 au 15/03, 2 fois par jour.",
			"Cherche une aide familiale à Schaerbeek (1030) pour 4 heures par semaine.",
			"Place en maison de repos pour 2 personnes, avenue libre.",
			"Thuisverpleging 3 keer per week in Jette, 1090.", "Le Centre Public d'Action Sociale de 1000 Bruxelles.",
			"Montant 1.234,56 euros et 12.345.678,90 au total." })
	void letsOrdinaryTextThrough(String text) {
		assertThat(IdentifyingData.in(text)).isEmpty();
	}

	@Test
	void letsEmptyTextThrough() {
		assertThat(IdentifyingData.in(null)).isEmpty();
		assertThat(IdentifyingData.in("  ")).isEmpty();
	}

}
