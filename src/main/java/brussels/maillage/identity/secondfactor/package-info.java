/**
 * The second factor of accounts that can read data about people: TOTP and recovery codes,
 * the step after the password with its enrolment and QR code, the gate that keeps a
 * half-signed-in session on that step, and the limits of those accounts' sessions (the
 * administrators' page of enrolments is in {@code identity.accounts}, which lists the
 * accounts).
 */
package brussels.maillage.identity.secondfactor;
