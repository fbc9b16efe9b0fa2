package brussels.maillage.palliative;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No table of follow-ups or visits can hold free text: read from the database's own
 * schema, every character column of these tables (and of any table added beside them) is
 * a short code with a check constraint (its list or its pattern), and none is text, JSON
 * or binary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeSchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noTableOfFollowUpsOrVisitsHasAFreeTextColumn() {
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema()
					and (table_name like 'palliative_follow_up%' or table_name like 'palliative_visit%')
				order by table_name""").query(String.class).list();
		assertThat(tables).contains("palliative_follow_up", "palliative_follow_up_status", "palliative_visit");
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select c.table_name, c.column_name, c.data_type, c.character_maximum_length,
					exists (select 1 from information_schema.constraint_column_usage u
						join information_schema.table_constraints t
							on t.constraint_name = u.constraint_name and t.constraint_schema = u.constraint_schema
						where t.constraint_type = 'CHECK' and u.table_name = c.table_name
							and u.column_name = c.column_name) as checked
				from information_schema.columns c
				where c.table_schema = current_schema() and c.table_name in (:tables)
				order by c.table_name, c.ordinal_position""").param("tables", tables).query().listOfRows();
		assertThat(columns).hasSizeGreaterThan(15);
		for (Map<String, Object> column : columns) {
			String name = column.get("table_name") + "." + column.get("column_name");
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
