/**
 * The staff's open-doors pages: creating and listing the weeks, adding a host's offer,
 * validating or refusing offers, and publishing a week's programme.
 */
package brussels.maillage.events.opendoors.staff;
