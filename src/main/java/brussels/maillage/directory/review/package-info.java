/**
 * Keeping the directory true: the review queue of services not verified for a while and
 * the public's reports of wrong information.
 */
package brussels.maillage.directory.review;
