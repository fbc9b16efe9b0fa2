/**
 * Reading an HSDS package's files: the zip within its limits, JSON documents as tables,
 * the descriptor's resources, each CSV file's dialect and its columns, and Maillage's
 * extension tables, which the export writes and the import reads.
 */
package brussels.maillage.directory.exchange.reading;
