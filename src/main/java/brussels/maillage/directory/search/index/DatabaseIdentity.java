package brussels.maillage.directory.search.index;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database a search index was built from, recorded with the index kept on disk so
 * that an index of another database is never reopened ({@link IndexSync}).
 */
final class DatabaseIdentity {

	private DatabaseIdentity() {
	}

	/**
	 * The PostgreSQL cluster's system identifier (its address when not allowed to read
	 * it) and the database's name.
	 */
	static String of(JdbcClient jdbc) {
		String cluster;
		try {
			cluster = jdbc.sql("select system_identifier::text from pg_control_system()").query(String.class).single();
		}
		catch (RuntimeException ex) {
			cluster = jdbc.sql("select coalesce(inet_server_addr()::text, 'local')").query(String.class).single();
		}
		return cluster + "/" + jdbc.sql("select current_database()::text").query(String.class).single();
	}

}
