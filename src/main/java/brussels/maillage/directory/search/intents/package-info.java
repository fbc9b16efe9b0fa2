/**
 * What the typed words say besides the need, read from the words: a wish for a free or
 * cheap service, a time (at night, at the weekend), who the help is for and their age,
 * the relative the help is for, a carer's sentence, "at home" saying where; each with the
 * query that ranks the services meant for it.
 */
package brussels.maillage.directory.search.intents;
