/**
 * Monitoring: daily aggregates of the requests kept by their writers, the in-memory cube
 * that counts them, the dashboard with its charts and exports, and the statistics API.
 */
package brussels.maillage.helpdesk.monitoring;
