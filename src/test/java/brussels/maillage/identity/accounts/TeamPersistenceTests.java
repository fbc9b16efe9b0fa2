package brussels.maillage.identity.accounts;

import java.util.Locale;

import brussels.maillage.identity.Team;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Translatable text is stored as jsonb and read back whole, through Spring Data JDBC. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Transactional
class TeamPersistenceTests {

	@Autowired
	TeamRepository teams;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesLocalizedTextAsJsonb() {
		Team saved = this.teams
			.save(new Team(null, "TEST_TEAM", LocalizedText.of("Équipe test", null, "Test team"), TerritoryScope.SUD));
		assertThat(this.jdbc.sql("select name ->> 'fr' from team where id = ?")
			.param(saved.id())
			.query(String.class)
			.single()).isEqualTo("Équipe test");
		assertThat(this.jdbc.sql("select jsonb_typeof(name) from team where id = ?")
			.param(saved.id())
			.query(String.class)
			.single()).isEqualTo("object");

		Team read = this.teams.findById(saved.id()).orElseThrow();
		assertThat(read.name()).isEqualTo(LocalizedText.of("Équipe test", null, "Test team"));
		assertThat(read.name().in(Locale.forLanguageTag("nl")))
			.isEqualTo(new LocalizedText.Shown("Équipe test", "fr", true));
		assertThat(read.territory()).isEqualTo(TerritoryScope.SUD);
	}

	@Test
	void readsTheSevenTeamsOfTheOrganisation() {
		assertThat(this.teams.findAll()).extracting(Team::code)
			.contains("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", "PALLIATIVE");
	}

}
