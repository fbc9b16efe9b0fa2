/**
 * Passwords: the list of common passwords and the constraint that refuses them wherever a
 * password is set, and "Forgot your password?" (the mailed link that sets a new one).
 */
package brussels.maillage.identity.passwords;
