/**
 * Open-doors weeks: the weeks, the public call for hosts and the hosts' offers, the
 * published programme with bookings and cancellations of visits, and the hosts' lists of
 * visitors.
 */
package brussels.maillage.events.opendoors;
