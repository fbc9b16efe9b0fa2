package brussels.maillage;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The test JVM's mail server (GreenMail), handed to tests by {@link MailServerExtension}:
 * what it received, its ports, and stopping and starting it to play a server that is
 * down.
 */
public final class MailServer implements AutoCloseable {

	private final GreenMail mail;

	MailServer(int smtpPort, int imapPort) {
		this.mail = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		this.mail.start();
	}

	/** Every message received since the test started. */
	public MimeMessage[] received() {
		return this.mail.getReceivedMessages();
	}

	/** The messages received whose recipients are exactly the one address given. */
	public List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(received())
			.filter((message) -> GreenMailUtil.getAddressList(recipients(message)).equals(recipient))
			.toList();
	}

	/** The SMTP and IMAP setups, for sending a message to the server or reading it. */
	public ServerSetup smtp() {
		return this.mail.getSmtp().getServerSetup();
	}

	public int imapPort() {
		return this.mail.getImap().getPort();
	}

	/** Adds a mailbox that IMAP clients can sign in to. */
	public void addUser(String email, String login, String password) {
		this.mail.setUser(email, login, password);
	}

	/** Stops the server: connections are refused until {@link #start()}. */
	public void stop() {
		this.mail.stop();
	}

	/** Starts the stopped server again, on the same ports, empty. */
	public void start() {
		if (!this.mail.isRunning()) {
			this.mail.start();
		}
	}

	/** Starts afresh: running, no message, no user. */
	public void reset() {
		this.mail.reset();
	}

	@Override
	public void close() {
		this.mail.stop();
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
