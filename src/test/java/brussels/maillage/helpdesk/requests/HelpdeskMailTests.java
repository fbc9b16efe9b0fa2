package brussels.maillage.helpdesk.requests;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import brussels.maillage.MailServer;
import brussels.maillage.MailServerExtension;
import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.settings.HelpdeskProperties;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail intake against a real mail server (GreenMail, SMTP and IMAP): a message to a
 * line's mailbox becomes a draft request of that line, the reply goes to the outbox
 * attached to the request, and an unreachable mailbox is shown to coordinators.
 */
@ExtendWith(MailServerExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskMailTests {

	@LocalServerPort
	int port;

	@Autowired
	MailIntake intake;

	@Autowired
	JdbcClient jdbc;

	MailServer mail;

	int imapPort;

	@BeforeEach
	void useMailServer(MailServer server) {
		this.mail = server;
		this.imapPort = server.imapPort();
		this.mail.addUser("helpdesk.nord@maillage.test", "helpdesk-nord", "secret");
	}

	@Test
	void aMessageToALineBecomesADraftAndTheReplyIsAttachedToIt() {
		GreenMailUtil.sendTextEmail("helpdesk.nord@maillage.test", "infirmiere@example.be",
				"Recherche d'un service de soins palliatifs",
				"Bonjour, je cherche une équipe de soins palliatifs à Evere.", this.mail.smtp());
		HelpdeskProperties.Mailbox mailbox = new HelpdeskProperties.Mailbox("127.0.0.1", this.imapPort, "helpdesk-nord",
				"secret", false, null);
		assertThat(this.intake.poll("NORD", mailbox)).isEqualTo(1);
		assertThat(this.intake.poll("NORD", mailbox)).as("read once").isZero();
		Long id = this.jdbc.sql("""
				select id from helpdesk_request where caller_email = 'infirmiere@example.be' and status = 'DRAFT'
				and channel = 'EMAIL' and line_code = 'NORD' order by id desc limit 1""").query(Long.class).single();

		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		String page = nord.get("/staff/helpdesk/requests/" + id).body();
		assertThat(page).contains("Brouillon").contains("soins palliatifs à Evere").contains("id=\"reply\"");
		assertThat(nord
			.post("/staff/helpdesk/requests/" + id + "/reply",
					Map.of("text", "Bonjour, voici l'équipe de soins palliatifs de votre bassin.", "language", "fr"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select count(*) from mail_message where reference_type = 'helpdesk_request' and reference_id = ?
				and recipient = 'infirmiere@example.be' and subject like 'Re: Recherche%'""")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(nord.get("/staff/helpdesk/requests/" + id).body()).contains("Re: Recherche");

		nord.get("/staff/helpdesk/requests/" + id + "/edit");
		Map<String, String> completed = HelpdeskFixtures.simpleRequest("NORD");
		completed.put("channel", "EMAIL");
		completed.put("summary", "Recherche équipe palliative à domicile.");
		assertThat(nord.post("/staff/helpdesk/requests/" + id, completed).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select status from helpdesk_request where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("CLOSED");
	}

	@Test
	void anUnreachableMailboxIsShownToCoordinators() {
		int closed = freePort();
		HelpdeskProperties.Mailbox mailbox = new HelpdeskProperties.Mailbox("127.0.0.1", closed, "helpdesk-sud",
				"secret", false, null);
		assertThat(this.intake.poll("SUD", mailbox)).isEqualTo(-1);
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		assertThat(coordinator.get("/staff/helpdesk").body()).contains("n&#39;a pas pu être lue").contains("Ligne Sud");
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		assertThat(nord.get("/staff/helpdesk").body()).doesNotContain("n&#39;a pas pu être lue");
		HelpdeskProperties.Mailbox working = new HelpdeskProperties.Mailbox("127.0.0.1", this.imapPort, "helpdesk-nord",
				"secret", false, null);
		assertThat(this.intake.poll("SUD", working)).isZero();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
