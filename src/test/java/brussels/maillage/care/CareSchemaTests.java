package brussels.maillage.care;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No table of cases or prestations can hold free text: read from the database's own
 * schema, every character column of these tables (and of any table added beside them) is
 * a short code with a check constraint (its list or its pattern), and none is text, JSON
 * or binary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareSchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noTableOfCasesOrPrestationsHasAFreeTextColumn() {
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema()
					and (table_name like 'care_case%' or table_name like 'care_prestation%'
						or table_name like 'care_statement%')
				order by table_name""").query(String.class).list();
		assertThat(tables).contains("care_case", "care_case_status", "care_case_role", "care_prestation",
				"care_statement", "care_statement_line");
		assertThat(columns(tables)).hasSizeGreaterThan(40);
		assertThat(freeText(tables)).isEmpty();
	}

	@Test
	void aNoteColumnAddedToACaseTableIsFound() {
		this.jdbc
			.sql("create table care_case_probe (id bigint, note varchar(500), remark text, "
					+ "code varchar(8) check (code ~ '^[A-Z]{8}$'), label varchar(20))")
			.update();
		try {
			assertThat(freeText(List.of("care_case_probe"))).containsExactlyInAnyOrder("care_case_probe.note",
					"care_case_probe.remark", "care_case_probe.label");
		}
		finally {
			this.jdbc.sql("drop table care_case_probe").update();
		}
	}

	/**
	 * The columns of {@code tables} that could hold free text: text, JSON or binary, or
	 * characters longer than 32 or without a check constraint.
	 */
	private List<String> freeText(List<String> tables) {
		List<String> found = new java.util.ArrayList<>();
		for (Map<String, Object> column : columns(tables)) {
			String name = column.get("table_name") + "." + column.get("column_name");
			String type = (String) column.get("data_type");
			boolean free = List.of("text", "json", "jsonb", "bytea", "xml", "ARRAY", "USER-DEFINED").contains(type)
					|| (type.startsWith("character") && (column.get("character_maximum_length") == null
							|| (Integer) column.get("character_maximum_length") > 32
							|| !(Boolean) column.get("checked")));
			if (free) {
				found.add(name);
			}
		}
		return found;
	}

	private List<Map<String, Object>> columns(List<String> tables) {
		return this.jdbc.sql("""
				select c.table_name, c.column_name, c.data_type, c.character_maximum_length,
					exists (select 1 from information_schema.constraint_column_usage u
						join information_schema.table_constraints t
							on t.constraint_name = u.constraint_name and t.constraint_schema = u.constraint_schema
						where t.constraint_type = 'CHECK' and u.table_name = c.table_name
							and u.column_name = c.column_name) as checked
				from information_schema.columns c
				where c.table_schema = current_schema() and c.table_name in (:tables)
				order by c.table_name, c.ordinal_position""").param("tables", tables).query().listOfRows();
	}

}
