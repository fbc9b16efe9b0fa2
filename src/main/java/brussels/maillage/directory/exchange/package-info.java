/**
 * Exchange of the directory as Open Referral HSDS 3.1 data packages, CSV and XLSX: the
 * export, and the import's page, API, background jobs and command line; the import itself
 * is in {@code .importing}, reading the files in {@code .reading}, writing in
 * {@code .store}, the crosswalk of packages' taxonomies in {@code .crosswalk}. This root
 * uses them; none of them uses it, nor do two of them use each other.
 */
package brussels.maillage.directory.exchange;
