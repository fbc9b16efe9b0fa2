package brussels.maillage.governance.syntheses;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Syntheses of meetings: items written in French and Dutch, each language version with
 * its own status, published one language before the other if need be.
 */
@Service
@Transactional(readOnly = true)
public class SynthesesService {

	private final SynthesisRepository syntheses;

	private final MeetingsService meetings;

	private final AuditLog audit;

	private final Clock clock;

	SynthesesService(SynthesisRepository syntheses, MeetingsService meetings, AuditLog audit, Clock clock) {
		this.syntheses = syntheses;
		this.meetings = meetings;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Synthesis> synthesis(UUID id) {
		return this.syntheses.find(id);
	}

	public Optional<Synthesis> forMeeting(UUID meetingId) {
		return this.syntheses.forMeeting(meetingId);
	}

	/** Syntheses with at least one published language, newest meeting first. */
	public List<Synthesis> published() {
		return this.syntheses.published();
	}

	/** Every synthesis, newest meeting first. */
	public List<Synthesis> all() {
		return this.syntheses.all();
	}

	/** The synthesis an item belongs to. */
	public Optional<Synthesis> ofItem(UUID itemId) {
		return this.syntheses.synthesisOfItem(itemId).flatMap(this.syntheses::find);
	}

	/** The meeting's synthesis, started now if it has none. */
	@Transactional
	public UUID start(UUID meetingId, String by) {
		Optional<Synthesis> existing = this.syntheses.forMeeting(meetingId);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		UUID id = UUID.randomUUID();
		this.syntheses.insert(id, meetingId, by);
		this.audit.record("governance.synthesis.started", "governance_synthesis", id, meetingId.toString());
		return id;
	}

	/** Adds an item; it has text in French, Dutch or both. */
	@Transactional
	public void addItem(UUID synthesisId, Section section, String textFr, String textNl) {
		String fr = clean(textFr);
		String nl = clean(textNl);
		if (fr == null && nl == null) {
			throw new SynthesisRefused("governance.synthesis.error.empty");
		}
		this.syntheses.addItem(synthesisId, section, fr, nl);
		this.audit.record("governance.synthesis.item.added", "governance_synthesis", synthesisId, section.name());
	}

	/** Changes an item's texts (a translation added later). */
	@Transactional
	public UUID updateItem(UUID itemId, String textFr, String textNl) {
		String fr = clean(textFr);
		String nl = clean(textNl);
		if (fr == null && nl == null) {
			throw new SynthesisRefused("governance.synthesis.error.empty");
		}
		UUID synthesis = this.syntheses.synthesisOfItem(itemId).orElseThrow();
		this.syntheses.updateItem(itemId, fr, nl);
		this.audit.record("governance.synthesis.item.changed", "governance_synthesis", synthesis, itemId.toString());
		return synthesis;
	}

	@Transactional
	public UUID deleteItem(UUID itemId) {
		UUID synthesis = this.syntheses.synthesisOfItem(itemId).orElseThrow();
		try {
			this.syntheses.deleteItem(itemId);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new SynthesisRefused("governance.synthesis.error.itemHasProposal");
		}
		return synthesis;
	}

	/**
	 * Sets the status of one language version; publishing needs at least one item and
	 * every item written in that language. The first publication keeps the meeting's
	 * participant count.
	 */
	@Transactional
	public void setStatus(UUID synthesisId, String language, VersionStatus status) {
		Synthesis synthesis = this.syntheses.find(synthesisId).orElseThrow();
		if (status == VersionStatus.PUBLISHED) {
			if (synthesis.items().isEmpty()) {
				throw new SynthesisRefused("governance.synthesis.error.noItems");
			}
			if (synthesis.items().stream().anyMatch((item) -> item.text(language) == null)) {
				throw new SynthesisRefused("governance.synthesis.error.untranslated." + language);
			}
			int counted = this.meetings.sheet(synthesis.meetingId()).participants();
			// Nobody counted means attendance was not recorded, not that nobody came.
			this.syntheses.status(synthesisId, language, status, this.clock.instant(), (counted > 0) ? counted : null);
		}
		else {
			this.syntheses.status(synthesisId, language, status, null, null);
		}
		this.audit.record("governance.synthesis.status", "governance_synthesis", synthesisId,
				AuditLog.details("synthesis-status", language, status));
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
