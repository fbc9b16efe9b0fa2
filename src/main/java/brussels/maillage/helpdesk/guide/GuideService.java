package brussels.maillage.helpdesk.guide;

import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The respondent's guide: its pages for every respondent, and their editing by
 * coordinators (logged).
 */
@Service
@Transactional(readOnly = true)
class GuideService {

	private final GuideRepository guide;

	private final AuditLog audit;

	GuideService(GuideRepository guide, AuditLog audit) {
		this.guide = guide;
		this.audit = audit;
	}

	/** Every page, in their order. */
	List<GuidePage> pages() {
		return this.guide.pages();
	}

	Optional<GuidePage> page(long id) {
		return this.guide.page(id);
	}

	/** Saves a page edited by a coordinator; returns its id. */
	@Transactional
	long save(CurrentUser coordinator, Long id, int position, String titleFr, String titleNl, String bodyFr,
			String bodyNl) {
		coordinator(coordinator);
		long saved = this.guide.save(id, position, titleFr, titleNl, bodyFr, bodyNl, coordinator.email());
		this.audit.record("helpdesk.guide.saved", "helpdesk_guide_page", saved, null);
		return saved;
	}

	/**
	 * Refuses anyone but a coordinator.
	 * @throws ResponseStatusException 403 for anyone else
	 */
	static void coordinator(CurrentUser user) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
