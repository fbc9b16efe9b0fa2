/**
 * Monitoring: the in-memory cube that counts the daily aggregates the requests keep, the
 * module's figures for other modules ({@code HelpdeskCounts}), the dashboard with its
 * charts and exports, and the statistics API.
 */
package brussels.maillage.helpdesk.monitoring;
