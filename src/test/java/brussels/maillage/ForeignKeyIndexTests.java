package brussels.maillage;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key of a module's tables has an index that starts with its columns, so
 * that reading a parent's children, and deleting or renaming a parent, never scans the
 * child table. Checked from PostgreSQL's catalogue after the migrations, for each module
 * whose keys have been indexed (a module joins the list once they are).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForeignKeyIndexTests {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}*")
	@ValueSource(strings = { "helpdesk_", "event", "community", "open_doors_" })
	void everyForeignKeyOfTheModuleHasAnIndex(String tablePrefix) {
		assertThat(foreignKeys(tablePrefix, false)).as("foreign keys of %s* tables", tablePrefix).isNotEmpty();
		assertThat(foreignKeys(tablePrefix, true)).as("foreign keys of %s* tables without an index", tablePrefix)
			.isEmpty();
	}

	/**
	 * The foreign keys of the tables starting with {@code prefix} ("table(columns)"),
	 * only those without an index whose leading columns are the key's when
	 * {@code unindexed}.
	 */
	private List<String> foreignKeys(String prefix, boolean unindexed) {
		return this.jdbc.sql("""
				select c.conrelid::regclass::text || '(' || (select string_agg(a.attname, ', ' order by k.n)
					from unnest(c.conkey) with ordinality k(attnum, n)
					join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) || ')'
				from pg_constraint c
				where c.contype = 'f' and c.conrelid::regclass::text like :prefix || '%'
					and not (cast(:unindexed as boolean) and exists (select 1 from pg_index i
						where i.indrelid = c.conrelid
							and (string_to_array(i.indkey::text, ' ')::int2[])[1 : cardinality(c.conkey)] @> c.conkey
							and (string_to_array(i.indkey::text, ' ')::int2[])[1 : cardinality(c.conkey)] <@ c.conkey))
				order by 1""").param("prefix", prefix).param("unindexed", unindexed).query(String.class).list();
	}

}
