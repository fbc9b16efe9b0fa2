package brussels.maillage.helpdesk.lines;

import java.util.List;

import brussels.maillage.helpdesk.Line;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees the requests of which line: coordinators see all, staff those of their
 * territories' lines.
 */
@Component
public class LineAccess {

	private final LineRepository lines;

	LineAccess(LineRepository lines) {
		this.lines = lines;
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

}
