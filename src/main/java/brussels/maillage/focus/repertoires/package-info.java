/**
 * The repertoires' pages and their storage: the public pages and A4 brochures
 * ({@code /focus}), the editors' pages ({@code /staff/focus}) with their forms and
 * checks, the repertoires' tables ({@code FocusStore}), the flags kept current on the
 * directory's service events ({@code DirectoryChanges}) and the module's settings
 * ({@code maillage.focus.*}).
 */
package brussels.maillage.focus.repertoires;
