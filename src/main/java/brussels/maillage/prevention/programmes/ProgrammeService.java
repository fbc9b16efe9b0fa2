package brussels.maillage.prevention.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes activity is counted by: perinatality, vulnerable people, child obesity,
 * and any an administrator adds.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	private final ProgrammeRepository repository;

	private final AuditLog audit;

	ProgrammeService(ProgrammeRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** Every programme, by start date. */
	public List<Programme> all() {
		return this.repository.all();
	}

	/** One programme. */
	public Optional<Programme> programme(UUID id) {
		return this.repository.find(id);
	}

	/** The programme with this code. */
	public Optional<Programme> byCode(String code) {
		return this.repository.byCode(code);
	}

	boolean codeTaken(String code) {
		return this.repository.codeTaken(code);
	}

	/** Adds a programme. */
	@Transactional
	public void add(Programme programme) {
		this.repository.insert(programme);
		this.audit.record("programme.added", "programme", programme.id(), programme.code());
	}

	/** Changes a programme's names, territories and dates (its code stays). */
	@Transactional
	public void update(Programme programme) {
		this.repository.update(programme);
		this.audit.record("programme.changed", "programme", programme.id(), programme.code());
	}

}
