package brussels.maillage.prevention.publications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of the organisation's publications: Zinneke, Kaïros, Focus, syntheses. */
@Service
@Transactional(readOnly = true)
public class PublicationService {

	private final PublicationRepository repository;

	private final AuditLog audit;

	PublicationService(PublicationRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** The latest publications, newest first. */
	public List<Publication> latest(int limit) {
		return this.repository.latest(limit);
	}

	/** The PDF Maillage keeps of a publication. */
	public Optional<byte[]> pdf(UUID id) {
		return this.repository.pdf(id);
	}

	/** One publication. */
	public Optional<Publication> publication(UUID id) {
		return this.repository.find(id);
	}

	/** Changes a publication; a new PDF replaces the kept one, {@code null} keeps it. */
	@Transactional
	public void update(Publication publication, byte[] pdf) {
		this.repository.update(publication, pdf);
		this.audit.record("publication.changed", "publication", publication.id(),
				AuditLog.details("publication-issue", publication.series(), publication.issue()));
	}

	/** Takes a publication out of the register (and its PDF with it). */
	@Transactional
	public boolean remove(UUID id) {
		boolean removed = this.repository.delete(id) > 0;
		if (removed) {
			this.audit.record("publication.removed", "publication", id, null);
		}
		return removed;
	}

	long count() {
		return this.repository.count();
	}

	/** Registers a publication, with its PDF or {@code null} when it has a link. */
	@Transactional
	public void register(Publication publication, byte[] pdf, String by) {
		this.repository.insert(publication, pdf, by);
		this.audit.record("publication.registered", "publication", publication.id(),
				AuditLog.details("publication-issue", publication.series(), publication.issue()));
	}

}
