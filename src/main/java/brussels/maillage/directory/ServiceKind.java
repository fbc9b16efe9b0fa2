package brussels.maillage.directory;

/**
 * What a directory entry is: a service to people, an orientation phone line, or another
 * directory (an entry of the "répertoire des répertoires").
 */
public enum ServiceKind {

	SERVICE, ORIENTATION_LINE, DIRECTORY;

	public String code() {
		return name().toLowerCase();
	}

	public static ServiceKind of(String code) {
		return valueOf(code.toUpperCase());
	}

}
