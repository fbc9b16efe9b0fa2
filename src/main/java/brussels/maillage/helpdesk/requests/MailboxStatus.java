package brussels.maillage.helpdesk.requests;

import java.time.Instant;

/**
 * The last reading of a line's mailbox.
 *
 * @param lineCode the line
 * @param checkedAt when it was read
 * @param reachable whether it could be read
 * @param error why not, or {@code null}
 * @param messagesRead how many new messages became draft requests
 */
record MailboxStatus(String lineCode, Instant checkedAt, boolean reachable, String error, int messagesRead) {
}
