package brussels.maillage.directory.search.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of service typed as professionals write it is read as the kind of the service
 * sought: its services are those whose name or organisation's name says so.
 */
class ServiceKindsTests {

	@Test
	void readsNoKindInWordsThatNameNone() {
		assertThat(ServiceKinds.read("aide alimentaire")).isNull();
		assertThat(ServiceKinds.read(null)).isNull();
	}

	@Test
	void readsTheServiceOfTheKindByItsOrganisationsName() {
		ServiceKinds cpas = ServiceKinds.read("ocmw");
		assertThat(cpas.marks(List.of("Service social général", "CPAS de Schaerbeek"))).isTrue();
		assertThat(cpas.marks(List.of("Sociale tandartspraktijk", "Sociale Tandartspraktijk Noord"))).isFalse();
	}

	@Test
	void keepsTheSiblingKindOfTheOtherLanguageApart() {
		ServiceKinds ssm = ServiceKinds.read("ssm");
		assertThat(ssm.marks(List.of("Service de santé mentale d'Anderlecht"))).isTrue();
		assertThat(ssm.marks(List.of("CGG Brussel - Ouderen", "CGG Brussel Centrum vzw"))).isFalse();
		assertThat(ServiceKinds.read("cgg").marks(List.of("CGG Brussel - Ouderen"))).isTrue();
		assertThat(ServiceKinds.read("mental health centre").marks(List.of("CGG Brussel - Ouderen"))).isTrue();
	}

	@Test
	void readsAClippedProfessionAsTheStartOfTheWordsOfANameAndAnAcronymWhole() {
		assertThat(ServiceKinds.read("kine a domicile").marks(List.of("Kinésithérapie à domicile"))).isTrue();
		assertThat(ServiceKinds.read("logo").marks(List.of("Logopediepraktijk Woordrijk"))).isTrue();
		assertThat(ServiceKinds.read("mm").marks(List.of("Wijkgezondheidscentrum Kanaalzone"))).isTrue();
		assertThat(ServiceKinds.read("mm").marks(List.of("Centre de planning familial Le Saule"))).isFalse();
	}

	@Test
	void takesAnOnCallLineForNoPractice() {
		ServiceKinds gp = ServiceKinds.read("huisarts");
		assertThat(gp.marks(List.of("Maison médicale Les Vaniers"))).isTrue();
		assertThat(gp.marks(List.of("Garde de médecine générale"))).isFalse();
	}

}
