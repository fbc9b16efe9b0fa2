/**
 * Staff create and edit events, with their sessions, questions and activity records, and
 * list them.
 */
package brussels.maillage.events.editing;
