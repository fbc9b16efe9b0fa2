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

	private final AuditLog audit;

	AuditTrail(AuditLog audit) {
		this.audit = audit;
	}

	/** The newest entries, filtered by action or actor when given. */
	List<AuditLog.Entry> latest(String search, int page, int size) {
		return this.audit.latest(search, page, size);
	}

	/** The entries about one account, newest first. */
	public List<AuditLog.Entry> forAccount(long userId) {
		return this.audit.forRecord("user", userId);
	}

}
