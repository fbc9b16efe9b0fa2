package brussels.maillage.helpdesk.permanences;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines as the permanences see them: every line with its opening hours and closed
 * days, one line, and the last reading of each line's mailbox for the lines page.
 */
@Service
@Transactional(readOnly = true)
class LineService {

	private final LineRepository lines;

	LineService(LineRepository lines) {
		this.lines = lines;
	}

	/** Every line, the regional line first. */
	List<Line> all() {
		return this.lines.all();
	}

	/** The line of that code, if there is one. */
	Optional<Line> find(String code) {
		return this.lines.find(code);
	}

	/**
	 * The last reading of each line's mailbox, for the lines page (written by the e-mail
	 * intake, {@code helpdesk.requests}).
	 */
	List<LineRepository.MailboxReading> mailboxes() {
		return this.lines.mailboxes();
	}

}
