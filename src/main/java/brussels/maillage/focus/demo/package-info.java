/** The demo's Focus repertoires and their trainings, created at start-up. */
package brussels.maillage.focus.demo;
