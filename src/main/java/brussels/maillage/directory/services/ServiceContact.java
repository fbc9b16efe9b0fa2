package brussels.maillage.directory.services;

/**
 * A contact (a person or a desk) of a service, of its organisation or of one of its
 * places, as an imported package gives it.
 *
 * @param name name, or {@code null}
 * @param title role, or {@code null}
 * @param department department, or {@code null}
 * @param email e-mail address, or {@code null}
 */
record ServiceContact(String name, String title, String department, String email) {
}
