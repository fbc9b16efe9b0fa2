package brussels.maillage.directory.exchange;

/**
 * What the administrator chose on the import page (kept when the page comes back).
 *
 * @param language language of the package's texts
 * @param mode {@code all-or-nothing} or {@code valid-rows}
 * @param source the source typed, blank for the package's name
 * @param managedElsewhere whether to mark the services "managed elsewhere"
 */
record ImportChoice(String language, String mode, String source, boolean managedElsewhere) {

}
