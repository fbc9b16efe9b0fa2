package brussels.maillage.helpdesk.lines;

import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines as the other sub-features see them: every line, one line, who sees the
 * requests of which line (coordinators all, staff those of their territories' lines), and
 * the readings of the lines' mailboxes.
 */
@Service
@Transactional(readOnly = true)
public class LineService {

	private final LineRepository lines;

	private final MailboxStatusRepository mailboxes;

	LineService(LineRepository lines, MailboxStatusRepository mailboxes) {
		this.lines = lines;
		this.mailboxes = mailboxes;
	}

	/** Every line, the regional line first. */
	public List<Line> all() {
		return this.lines.all();
	}

	/** The line of that code, if there is one. */
	public Optional<Line> find(String code) {
		return this.lines.find(code);
	}

	/** The codes of every line, the regional line first. */
	public List<String> codes() {
		return this.lines.codes();
	}

	/** Whether {@code viewer} may see the requests of a line. */
	public boolean canSee(CurrentUser viewer, String lineCode) {
		if (viewer.has(Role.COORDINATOR)) {
			return true;
		}
		return this.lines.find(lineCode).map((line) -> viewer.worksFor(line.territory())).orElse(false);
	}

	/** Codes of the lines {@code viewer} sees, or {@code null} for all of them. */
	public List<String> visibleLines(CurrentUser viewer) {
		if (viewer.has(Role.COORDINATOR)) {
			return null;
		}
		return this.lines.all().stream().filter((line) -> viewer.worksFor(line.territory())).map(Line::code).toList();
	}

	/** Records the reading of a line's mailbox that just ended. */
	@Transactional
	public void recordMailboxReading(String lineCode, boolean reachable, String error, int read) {
		this.mailboxes.record(lineCode, reachable, error, read);
	}

	/** The last reading of each line's mailbox, for the lines page. */
	List<MailboxStatus> mailboxes() {
		return this.mailboxes.all();
	}

	/** The mailboxes whose last reading failed, for the helpdesk's first page. */
	public List<MailboxStatus> mailboxProblems() {
		return this.mailboxes.problems();
	}

}
