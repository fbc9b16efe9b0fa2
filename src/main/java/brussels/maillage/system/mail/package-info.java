/**
 * The mail outbox's workings: its table and one writer, the delivery job that sends what
 * it holds once across instances and retries, the administrators' pages
 * ({@code /admin/mail}), and what {@code /actuator/health} says about mail.
 */
package brussels.maillage.system.mail;
