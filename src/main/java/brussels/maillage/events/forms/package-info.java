/**
 * How the events' forms are checked and shown again: field rules declared with Bean
 * Validation on the form records, as message keys, and the problems put where
 * {@code system/forms} shows them next to their fields and in the error summary.
 */
package brussels.maillage.events.forms;
