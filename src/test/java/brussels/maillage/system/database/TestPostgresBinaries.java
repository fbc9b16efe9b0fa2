package brussels.maillage.system.database;

/**
 * Lets the tests unpack the embedded PostgreSQL's binaries at a moment of their choosing.
 */
public final class TestPostgresBinaries {

	private TestPostgresBinaries() {
	}

	/**
	 * Unpacks the binaries into their shared folder, at once when they are there already
	 * (see {@code OwnApplication}).
	 */
	public static void unpack() {
		PostgresBinaries.unpack();
	}

}
