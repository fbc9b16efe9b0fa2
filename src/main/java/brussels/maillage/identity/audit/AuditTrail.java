package brussels.maillage.identity.audit;

import java.util.List;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as the administration pages read it: the newest entries, and the entries
 * about one account.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final AuditEntries audit;

	private final AuditLabels labels;

	AuditTrail(AuditEntries audit, AuditLabels labels) {
		this.audit = audit;
		this.labels = labels;
	}

	/**
	 * The newest entries, filtered when given by actor, by action or record (their code,
	 * or their label in the page's language).
	 */
	List<AuditLog.Entry> latest(String search, int page, int size) {
		return this.audit.latest(search, this.labels.actionsNamed(search), this.labels.recordTypesNamed(search), page,
				size);
	}

	/** The entries about one account, newest first. */
	public List<AuditLog.Entry> forAccount(long userId) {
		return this.audit.forRecord("user", userId);
	}

}
