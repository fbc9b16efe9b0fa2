package brussels.maillage.directory.exchange.importing;

/**
 * How to import a package.
 *
 * @param language the language of the package's HSDS texts when its descriptor does not
 * say it
 * @param validRows import the valid rows and report the rest (default: all or nothing)
 * @param source the package's source; blank: the descriptor's {@code name}
 * @param managedElsewhere mark the imported services "managed elsewhere"
 */
public record ImportOptions(String language, boolean validRows, String source, boolean managedElsewhere) {

	static final String DEFAULT_SOURCE = "hsds";

	/** The name of Maillage's own exported packages. */
	public static final String OWN_EXPORT = "maillage-directory";

	public static ImportOptions allOrNothing(String language) {
		return new ImportOptions(language, false, null, false);
	}

	/** {@code valid-rows} or {@code all-or-nothing} (default); null when unknown. */
	public static Boolean validRows(String mode) {
		if (mode == null || mode.isBlank() || "all-or-nothing".equals(mode)) {
			return false;
		}
		return "valid-rows".equals(mode) ? true : null;
	}

}
