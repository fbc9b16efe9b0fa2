/**
 * The demo directory: generated organisations, services, nursing homes, CPAS and
 * first-line services, loaded through the directory's API into an empty directory when
 * demo data is on.
 */
package brussels.maillage.directory.demo;
