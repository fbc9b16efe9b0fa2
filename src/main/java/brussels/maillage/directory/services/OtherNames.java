package brussels.maillage.directory.services;

/**
 * The other names of a service shown on its page: its alternate name and its
 * organisation's (HSDS {@code alternate_name}: an acronym, the name in the other
 * language), and the name of the program it belongs to (HSDS {@code program}).
 *
 * @param service the service's alternate name, or {@code null}
 * @param organization its organisation's alternate name, or {@code null}
 * @param program its program's name, or {@code null}
 */
record OtherNames(String service, String organization, String program) {

	static final OtherNames NONE = new OtherNames(null, null, null);

}
