package brussels.maillage.system;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests of other modules do to the mail outbox, kept with the module that owns
 * its tables so that no test of another module writes them itself (issue 18): forget the
 * unsent messages about their own kind of record, and bring a message's next attempt
 * forward.
 */
public final class OutboxFixtures {

	private OutboxFixtures() {
	}

	/**
	 * Forgets the messages not sent yet about the given kinds of record (and their
	 * files): the test database is shared, and the tests with a mail server send what the
	 * outbox holds.
	 */
	public static void forgetUnsent(JdbcClient jdbc, String... referenceTypes) {
		jdbc.sql("delete from mail_message where status <> 'SENT' and reference_type in (:types)")
			.param("types", List.of(referenceTypes))
			.update();
	}

	/**
	 * Makes the messages to {@code recipient} due now, instead of after their back-off.
	 */
	public static void dueNow(JdbcClient jdbc, String recipient) {
		jdbc.sql("update mail_message set next_attempt_at = now() where recipient = ?").param(recipient).update();
	}

}
