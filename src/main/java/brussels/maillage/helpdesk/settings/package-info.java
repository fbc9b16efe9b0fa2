/**
 * The helpdesk's settings ({@code maillage.helpdesk.*}), read by its requests and
 * permanences sub-packages.
 */
package brussels.maillage.helpdesk.settings;
