/**
 * Figures of events: planned, held and cancelled events, headcounts and cycle
 * completions, crossed by two dimensions, on a page and in CSV/XLSX.
 */
package brussels.maillage.events.figures;
