/**
 * The import of an HSDS package: its tables and rows checked into the snapshot to write,
 * with the problems and warnings of the report, then handed to the store.
 */
package brussels.maillage.directory.exchange.importing;
