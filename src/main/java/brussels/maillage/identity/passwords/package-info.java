/**
 * Passwords: "Forgot your password?", the mailed link that sets a new one (the rules a
 * new password follows, {@code CommonPasswords} and {@code NotCommonPassword}, are the
 * accounts').
 */
package brussels.maillage.identity.passwords;
