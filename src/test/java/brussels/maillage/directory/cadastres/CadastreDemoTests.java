package brussels.maillage.directory.cadastres;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's cadastres against the sources. Activity report 2024 (seed 001), line 868:
 * "Mapping des lignes téléphoniques d'orientation et/ou d'écoute pour les
 * professionnel·les du social/santé: 40 lignes répertoriées 21 lignes rencontrées"; annex
 * 3, lines 1104-1106: the palliative platform keeps a repertoire of trainings in
 * palliative care and trains its volunteers ("Formation de base et continue pour les
 * volontaires en soins palliatifs", 2 cycles). Action plan 2020 (seed 000), lines 138-142
 * and 287-288: a half-yearly multidisciplinary training, a cycle for care assistants of
 * nursing homes, cycles of 10 days for volunteers. Only the demo's own rows are counted
 * (other tests add lines and trainings to the same database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CadastreDemoTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMappingCountsFortyLinesListedAndTwentyOneMetAtTheEndOf2024() {
		LocalDate end2024 = LocalDate.of(2024, 12, 31);
		assertThat(demoLines("listed_on <= ?", end2024)).isEqualTo(40);
		assertThat(demoLines("met_on <= ?", end2024)).isEqualTo(21);
		assertThat(demoLines("agreed_on <= ?", end2024)).isZero();
	}

	@Test
	void thePalliativeTrainingsAreBrusanosAndListedInTheEndOfLifeFocus() {
		List<String> audiences = this.jdbc.sql("""
				select t.audience from directory_training t join organization o on o.id = t.organization_id
				where t.created_by = 'demo' and o.name = 'Brusano' and t.theme = 'palliative' order by t.audience""")
			.query(String.class)
			.list();
		assertThat(audiences).contains("VOLUNTEERS", "PROFESSIONALS").hasSize(4);
		assertThat(this.jdbc.sql("select count(*) from directory_training where created_by = 'demo' and theme <> ?")
			.param("palliative")
			.query(Long.class)
			.single()).as("the sources name no training on another theme").isZero();

		String fr = new WebSession(this.port).get("/repertoire/formations?theme=palliative&lang=fr").body();
		assertThat(fr).contains("Formation de base des volontaires en soins palliatifs")
			.contains("Formation aux soins palliatifs pour les aides-soignant·es des MR/MRS")
			.contains("Brusano")
			.contains("Volontaires");
		String focus = new WebSession(this.port).get("/focus/fin-de-vie?lang=nl").body();
		assertThat(focus).contains("Vorming")
			.contains("Basisopleiding voor vrijwilligers in de palliatieve zorg")
			.contains("Vrijwilligers");
	}

	private long demoLines(String condition, LocalDate day) {
		return this.jdbc
			.sql("select count(*) from directory_orientation_line where created_by = 'demo' and " + condition)
			.param(day)
			.query(Long.class)
			.single();
	}

}
