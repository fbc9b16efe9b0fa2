/**
 * Exchange of the directory as Open Referral HSDS 3.1 data packages, CSV and XLSX:
 * export, import (written through the service and organisation repositories' bulk paths)
 * and the crosswalk from packages' own taxonomies to the directory's themes.
 */
package brussels.maillage.directory.exchange;
