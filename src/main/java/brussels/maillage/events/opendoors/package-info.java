/**
 * Open-doors weeks: the weeks, the hosts' offers and the rules they meet, the published
 * programme with bookings and cancellations of visits, the hosts' lists of visitors, the
 * mails and the demo weeks; the public call for hosts is in {@code opendoors.call}, the
 * staff's pages in {@code opendoors.staff}, both using the public types here.
 */
package brussels.maillage.events.opendoors;
