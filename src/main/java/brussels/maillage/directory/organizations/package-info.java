/**
 * Organisations and their places as editors find and change them, with
 * {@link brussels.maillage.directory.organizations.OrganizationRepository}, the one
 * writer of the organisation and place tables.
 */
package brussels.maillage.directory.organizations;
