/**
 * Accounts and teams: the implementation of {@code identity.Accounts}
 * ({@code AccountService}, the users' table through {@code UserRepository}), the
 * administrators' pages and API of accounts (with the page of second-factor enrolments),
 * a person's own account page (teams, password, tokens, recovery codes), the rules a new
 * password follows (long enough, not a common one), the first administrator and the demo
 * accounts at start-up, and what identity adds to the layout and the home page.
 */
package brussels.maillage.identity.accounts;
