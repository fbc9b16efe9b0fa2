/**
 * Services: the public service page and the search page that lists them, the editors'
 * pages of a service (form, changes, verification, history) and
 * {@link brussels.maillage.directory.services.ServiceRepository}, the one writer of the
 * service tables.
 */
package brussels.maillage.directory.services;
