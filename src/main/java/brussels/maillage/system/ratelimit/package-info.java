/**
 * Rate limits of the public forms and the login, per client address, per target and per
 * e-mail address, counted in PostgreSQL so that every instance shares them.
 */
package brussels.maillage.system.ratelimit;
