/**
 * Exchange of the directory as Open Referral HSDS 3.1 data packages, CSV and XLSX: the
 * export, and the import's page, API, background jobs and command line; the import itself
 * is in {@code .importing}, reading the files in {@code .reading}, writing in
 * {@code .store}, the crosswalk of packages' taxonomies in {@code .crosswalk}.
 */
package brussels.maillage.directory.exchange;
