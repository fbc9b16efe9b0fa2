package brussels.maillage.system.database;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * A second process for the data-folder tests: it starts the embedded PostgreSQL on the
 * folder given, writes a row, says {@code READY} and runs until it is killed.
 */
final class DataFolderHolder {

	private DataFolderHolder() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), false);
		postgres.createDatabaseIfMissing("sample");
		try (Connection connection = postgres.connect("sample")) {
			connection.createStatement()
				.execute("create table if not exists note (text text); insert into note values ('from the holder')");
		}
		System.out.println("READY " + postgres.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
