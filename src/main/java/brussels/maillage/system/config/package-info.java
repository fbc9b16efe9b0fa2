/**
 * Configuration every module relies on: translatable text stored as PostgreSQL
 * {@code jsonb}, and scheduled jobs run once across instances.
 */
package brussels.maillage.system.config;
