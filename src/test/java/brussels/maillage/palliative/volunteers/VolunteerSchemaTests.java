package brussels.maillage.palliative.volunteers;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The motivational interview records an outcome, never what was said: read from the
 * database's own schema, every character column of the interview table is a short code
 * with a check constraint, and none is text, JSON or binary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerSchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInterviewTableHasNoFreeTextColumn() {
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select c.column_name, c.data_type, c.character_maximum_length,
					exists (select 1 from information_schema.constraint_column_usage u
						join information_schema.table_constraints t
							on t.constraint_name = u.constraint_name and t.constraint_schema = u.constraint_schema
						where t.constraint_type = 'CHECK' and u.table_name = c.table_name
							and u.column_name = c.column_name) as checked
				from information_schema.columns c
				where c.table_schema = current_schema() and c.table_name like 'palliative_volunteer_interview%'
				order by c.table_name, c.ordinal_position""").query().listOfRows();
		assertThat(columns).extracting((column) -> column.get("column_name"))
			.contains("held_on", "interviewer_id", "outcome");
		for (Map<String, Object> column : columns) {
			String name = (String) column.get("column_name");
			String type = (String) column.get("data_type");
			assertThat(type).as(name).isNotIn("text", "json", "jsonb", "bytea", "xml", "ARRAY", "USER-DEFINED");
			if (type.startsWith("character")) {
				assertThat((Integer) column.get("character_maximum_length")).as(name + " is bounded")
					.isNotNull()
					.isLessThanOrEqualTo(32);
				assertThat((Boolean) column.get("checked")).as(name + " is checked against its codes").isTrue();
			}
		}
	}

}
