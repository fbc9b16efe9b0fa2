/**
 * Backups of the database: the {@code --maillage.backup} and {@code --maillage.restore}
 * commands, the daily backup with its retention, and the administrators' download page.
 */
package brussels.maillage.system.backup;
