/**
 * The embedded PostgreSQL of a run without a database server: its binaries, its server on
 * a data folder held by one process at a time (cleaned up after a {@code kill -9}), and
 * the data source pointed at it.
 */
package brussels.maillage.system.database;
