package brussels.maillage.governance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.system.database.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V103 on a database of its own, migrated to just before it with proposals of
 * the earlier statuses: each lands on the status of the issue the docs name, and a
 * proposal born in a consultation's synthesis takes the consultation's theme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalStatusMigrationTests {

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEarlierStatusesAreMappedAndConsultationProposalsTakeTheirTheme() {
		String database = "v103_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + database).update();
		try {
			DriverManagerDataSource source = new DriverManagerDataSource(this.postgres.jdbcUrl(database),
					this.postgres.username(), this.postgres.password());
			// The last migration before V103, whichever it is.
			MigrationVersion previous = java.util.Arrays
				.stream(Flyway.configure().dataSource(source).locations("classpath:db/migration").load().info().all())
				.map(MigrationInfo::getVersion)
				.filter((version) -> version.compareTo(MigrationVersion.fromVersion("103")) < 0)
				.max(MigrationVersion::compareTo)
				.orElseThrow();
			Flyway.configure().dataSource(source).locations("classpath:db/migration").target(previous).load().migrate();
			JdbcClient old = JdbcClient.create(source);
			UUID council = UUID.randomUUID();
			UUID consultation = UUID.randomUUID();
			old.sql("""
					insert into governance_body (id, code, kind, territory, theme, name, created_by) values
					(?, 'MIG-CAB', 'BASSIN_COUNCIL', 'SUD', null, '{"fr":"Conseil"}', 'test'),
					(?, 'MIG-CT', 'CONSULTATION_SERIES', 'SUD', 'MENTAL_HEALTH', '{"fr":"Concertation"}', 'test')""")
				.params(council, consultation)
				.update();
			UUID meeting = UUID.randomUUID();
			old.sql("""
					insert into governance_meeting (id, body_id, title, starts_at, ends_at, status, created_by)
					values (?, ?, '{"fr":"Concertation de mars"}', '2025-03-11 09:30+01', '2025-03-11 12:00+01', 'HELD',
					'test')""").params(meeting, consultation).update();
			UUID synthesis = UUID.randomUUID();
			old.sql("insert into governance_synthesis (id, meeting_id, created_by) values (?, ?, 'test')")
				.params(synthesis, meeting)
				.update();
			UUID item = UUID.randomUUID();
			old.sql("""
					insert into governance_synthesis_item (id, synthesis_id, section, position, text_fr)
					values (?, ?, 'PROPOSAL', 1, 'Une permanence psy')""").params(item, synthesis).update();
			Map<String, UUID> byOldStatus = new java.util.LinkedHashMap<>();
			for (String status : List.of("SUBMITTED", "ON_AGENDA", "ACCEPTED", "ADAPTED", "DECLINED", "DEFERRED")) {
				UUID id = UUID.randomUUID();
				byOldStatus.put(status, id);
				old.sql("""
						insert into governance_proposal (id, origin_kind, origin_item_id, origin_note, council_id,
						text_fr, status, answer_fr, created_by) values (?, ?, ?, ?, ?, 'Texte', ?, 'Réponse', 'test')""")
					.params(id, status.equals("ON_AGENDA") ? "SYNTHESIS" : "AUTHORITY_REQUEST",
							status.equals("ON_AGENDA") ? item : null, status.equals("ON_AGENDA") ? null : "Demande",
							council, status)
					.update();
			}

			Flyway.configure().dataSource(source).locations("classpath:db/migration").target("103").load().migrate();

			Map<String, String> expected = Map.of("SUBMITTED", "SUBMITTED", "ON_AGENDA", "UNDER_REVIEW", "ACCEPTED",
					"TAKEN_INTO_PLAN", "ADAPTED", "TAKEN_INTO_PLAN", "DECLINED", "DECLINED", "DEFERRED", "DEFERRED");
			byOldStatus.forEach((before,
					id) -> assertThat(old.sql("select status from governance_proposal where id = ?")
						.param(id)
						.query(String.class)
						.single()).as(before).isEqualTo(expected.get(before)));
			assertThat(old.sql("select theme from governance_proposal where id = ?")
				.param(byOldStatus.get("ON_AGENDA"))
				.query(String.class)
				.single()).isEqualTo("MENTAL_HEALTH");
			assertThat(old.sql("select count(*) from governance_proposal where theme is not null")
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			this.jdbc.sql("drop database if exists " + database + " with (force)").update();
		}
	}

}
