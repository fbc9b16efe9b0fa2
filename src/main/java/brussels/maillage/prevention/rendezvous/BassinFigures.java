package brussels.maillage.prevention.rendezvous;

import brussels.maillage.prevention.local.PreventionBassin;

/**
 * A bassin's Rendez-vous of one year, counted.
 *
 * @param bassin the bassin
 * @param venues places used that year
 * @param sessions sessions held
 * @param headcount inhabitants counted over all sessions
 */
record BassinFigures(PreventionBassin bassin, long venues, long sessions, long headcount) {
}
