/**
 * The trainings a repertoire lists from the directory's cadastre of trainings: their
 * table, the editors' page ({@code /staff/focus/{id}/trainings}) and the CSV and XLSX
 * lists of a published repertoire.
 */
package brussels.maillage.focus.trainings;
