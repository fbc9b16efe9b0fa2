package brussels.maillage.directory.exchange.store;

/**
 * Where an imported service comes from (shown on its page).
 *
 * @param source the HSDS package's source
 * @param managedElsewhere whether the source is the reference for this service
 */
record ImportedSource(String source, boolean managedElsewhere) {

}
