package brussels.maillage.helpdesk.requests;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import brussels.maillage.helpdesk.settings.HelpdeskProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads each line's mailbox over IMAP: every unread message becomes a draft request of
 * that line (channel e-mail) and is marked read. A mailbox that cannot be read is
 * recorded with its error, and coordinators see it on the helpdesk page.
 */
@Component
class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private final HelpdeskProperties properties;

	private final RequestRepository requests;

	private final RequestLines lines;

	private final MailboxStatusRepository mailboxes;

	private final Clock clock;

	MailIntake(HelpdeskProperties properties, RequestRepository requests, RequestLines lines,
			MailboxStatusRepository mailboxes, Clock clock) {
		this.clock = clock;
		this.mailboxes = mailboxes;
		this.properties = properties;
		this.requests = requests;
		this.lines = lines;
	}

	@Scheduled(fixedDelayString = "${maillage.helpdesk.mail-poll-interval:PT2M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "helpdesk.mail-intake", lockAtMostFor = "PT10M")
	void pollAll() {
		for (Map.Entry<String, HelpdeskProperties.Mailbox> entry : this.properties.mailboxes().entrySet()) {
			poll(entry.getKey(), entry.getValue());
		}
	}

	/**
	 * Reads one mailbox; returns the number of draft requests created, or -1 on failure.
	 */
	int poll(String lineCode, HelpdeskProperties.Mailbox mailbox) {
		if (this.lines.find(lineCode).isEmpty()) {
			log.warn("Helpdesk mailbox configured for unknown line {}", lineCode);
			return -1;
		}
		String protocol = Boolean.TRUE.equals(mailbox.ssl()) ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail.store.protocol", protocol);
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "20000");
		int created = 0;
		try (Store store = Session.getInstance(settings).getStore(protocol)) {
			store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
			Folder folder = store.getFolder(mailbox.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					if (draft(lineCode, message) > 0) {
						created++;
					}
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(false);
			}
			this.mailboxes.record(lineCode, true, null, created);
			return created;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("Helpdesk mailbox of line {} unreachable: {}", lineCode, error);
			this.mailboxes.record(lineCode, false, (error.length() > 500) ? error.substring(0, 500) : error, created);
			return -1;
		}
	}

	private long draft(String lineCode, Message message) throws MessagingException, IOException {
		Address[] from = message.getFrom();
		String sender = (from != null && from.length > 0 && from[0] instanceof InternetAddress address)
				? address.getAddress() : null;
		Date date = (message.getReceivedDate() != null) ? message.getReceivedDate() : message.getSentDate();
		Instant now = this.clock.instant();
		Instant receivedAt = (date != null && date.toInstant().isBefore(now)) ? date.toInstant() : now;
		String subject = oneLine(message.getSubject());
		String body = text(message);
		if (body != null && body.length() > RequestChecks.SUMMARY_MAX) {
			body = body.substring(0, RequestChecks.SUMMARY_MAX);
		}
		String messageId = (message instanceof MimeMessage mime && mime.getMessageID() != null) ? mime.getMessageID()
				: lineCode + "-" + receivedAt.toEpochMilli() + "-" + sender + "-" + subject;
		return this.requests.createDraftFromEmail(lineCode, receivedAt, sender, subject,
				(body != null) ? body.strip() : null, messageId);
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.isMimeType("text/html")) {
			return part.getContent().toString().replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ");
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					continue;
				}
				String text = text(child);
				if (text != null && child.isMimeType("text/plain")) {
					return text;
				}
				html = (html == null) ? text : html;
			}
			return html;
		}
		return null;
	}

	private static String oneLine(String value) {
		if (value == null) {
			return null;
		}
		String line = value.replaceAll("[\\r\\n]+", " ").strip();
		return (line.length() > 300) ? line.substring(0, 300) : line;
	}

}
