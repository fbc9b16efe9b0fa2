/**
 * Signing in to the pages: the page security (form login and OpenID Connect, the rules of
 * page paths, the password encoder), the login page, the throttle of failed logins and
 * the link of an OpenID Connect login to its account.
 */
package brussels.maillage.identity.login;
