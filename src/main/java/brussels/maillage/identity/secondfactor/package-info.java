/**
 * The second factor of accounts that can read data about people: TOTP and recovery codes,
 * the step after the password with its enrolment and QR code, the gate that keeps a
 * half-signed-in session on that step, the limits of those accounts' sessions, and the
 * administrators' page of enrolments.
 */
package brussels.maillage.identity.secondfactor;
