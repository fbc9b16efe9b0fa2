/**
 * The search index's rebuild from the database on an administrator's request: the button
 * of the directory's staff page and {@code POST /api/admin/directory/search-index}.
 */
package brussels.maillage.directory.search.admin;
