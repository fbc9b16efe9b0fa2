/**
 * The public call for hosts of an open-doors week: the form a host fills in (its
 * organisation from the directory, slots, themes), its own field constraints, the thanks
 * page, and the host changing its offer through its personal link.
 */
package brussels.maillage.events.opendoors.call;
