package brussels.maillage.identity;

import java.time.Instant;
import java.util.List;

/**
 * The audit log: who did what, when, on which record. Every module writes to it through
 * {@link #record} for logins, access to sensitive records and changes to them;
 * administrators read it. Implemented in {@code identity.audit}, which writes an entry in
 * the caller's writing transaction when there is one.
 */
public interface AuditLog {

	/**
	 * Records that the current user (or the system, outside a request) did {@code action}
	 * on a record.
	 * @param action what happened, for example {@code user.created} or
	 * {@code request.opened}
	 * @param recordType kind of record, for example {@code user}
	 * @param recordId the record's id
	 * @param details a short description, without sensitive content
	 */
	void record(String action, String recordType, Object recordId, String details);

	/**
	 * Details in words, which the audit page shows in its reader's language: the message
	 * {@code audit.detail.<code>} with {@code args} (data: counts, ids, codes), stored as
	 * {@code code:arg|arg}. For example {@code details("password-changed", 2)}.
	 */
	static String details(String code, Object... args) {
		StringBuilder details = new StringBuilder(code);
		for (int i = 0; i < args.length; i++) {
			details.append((i == 0) ? ':' : '|').append(String.valueOf(args[i]).replace('|', '/'));
		}
		return details.toString();
	}

	/**
	 * The newest entries, filtered by action or actor when given, {@code size} per page.
	 */
	List<Entry> latest(String search, int page, int size);

	/** Entries about one record, newest first. */
	List<Entry> forRecord(String recordType, Object recordId);

	/**
	 * One line of the audit log.
	 *
	 * @param id entry id
	 * @param occurredAt when
	 * @param actor who (an e-mail address, or {@code system})
	 * @param action what
	 * @param recordType kind of record
	 * @param recordId which record
	 * @param details short description
	 * @param remoteAddress the client's address
	 */
	record Entry(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
			String details, String remoteAddress) {
	}

}
