/**
 * Communities of practice: members, meetings with attendance, yearly fee statements
 * (PDF/XLSX) and the demo community.
 */
package brussels.maillage.events.communities;
