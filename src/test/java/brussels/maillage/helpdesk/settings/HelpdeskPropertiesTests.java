package brussels.maillage.helpdesk.settings;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mailbox settings reach their line whatever the case and separators of the key. */
class HelpdeskPropertiesTests {

	@Test
	void readsMailboxKeysFromEnvironmentVariablesAndProperties() {
		HelpdeskProperties.Mailbox box = new HelpdeskProperties.Mailbox("imap.example.be", null, "u", "p", null, null);
		HelpdeskProperties properties = new HelpdeskProperties(null, null,
				Map.of("nordest", box, "centre-ouest", box, "sud", box));
		assertThat(properties.mailboxes()).containsOnlyKeys("NORD_EST", "CENTRE_OUEST", "SUD");
		assertThat(properties.retention()).isEqualTo(Period.ofMonths(24));
		assertThat(box.port()).isEqualTo(993);
		assertThat(box.folder()).isEqualTo("INBOX");
		assertThat(box.toString()).doesNotContain("p]");
	}

}
