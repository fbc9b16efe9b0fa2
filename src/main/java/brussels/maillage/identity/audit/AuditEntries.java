package brussels.maillage.identity.audit;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log's table ({@code audit_entry}): the only writer. Other modules record
 * through {@link AuditLog#record} as the current user; the sign-in, token, password and
 * second-factor steps of this module also name the actor themselves ({@link #recordAs}),
 * before or without a signed-in user.
 * <p>
 * An entry is written in the caller's writing transaction when there is one: it commits
 * with the change it describes and needs no second connection (with a transaction of its
 * own, ten helpdesk saves at once each held a connection while waiting for another, the
 * pool ran dry and every request failed after 30 s under load). Outside a transaction, or
 * inside a read-only one (a record viewed), it is written in a transaction of its own.
 */
@Service
public class AuditEntries implements AuditLog {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AuditEntries(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
	}

	@Override
	public void record(String action, String recordType, Object recordId, String details) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actor = "system";
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			actorId = user.id();
			actor = user.email();
		}
		else if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			actor = authentication.getName();
		}
		recordAs(actorId, actor, action, recordType, recordId, details);
	}

	/**
	 * Records that {@code actor} (with its account id, when known) did {@code action} on
	 * a record.
	 */
	public void recordAs(Long actorId, String actor, String action, String recordType, Object recordId,
			String details) {
		String address = remoteAddress();
		Runnable insert = () -> this.jdbc.sql("""
				insert into audit_entry (actor_id, actor, action, record_type, record_id, details, remote_address)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(actorId, actor, action, recordType, (recordId != null) ? recordId.toString() : null, details,
					address)
			.update();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			insert.run();
			// What was attempted and refused (a denial followed by a 403) is kept too.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						AuditEntries.this.ownTransaction.executeWithoutResult((done) -> insert.run());
					}
				}
			});
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> insert.run());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> latest(String search, int page, int size) {
		return latest(search, Set.of(), Set.of(), page, size);
	}

	/**
	 * The newest entries whose actor, action or record contains {@code search}, or whose
	 * action or record type is among those given (the ones whose label matches).
	 */
	@Transactional(readOnly = true)
	List<Entry> latest(String search, Set<String> actions, Set<String> recordTypes, int page, int size) {
		String pattern = (search == null || search.isBlank()) ? null : "%" + search.strip().toLowerCase() + "%";
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, record_type, record_id, details, remote_address
				from audit_entry
				where cast(:pattern as text) is null or lower(actor) like :pattern or lower(action) like :pattern
					or lower(coalesce(record_type, '') || ':' || coalesce(record_id, '')) like :pattern
					or action = any(:actions) or record_type = any(:types)
				order by occurred_at desc, id desc
				limit :size offset :offset""")
			.param("pattern", pattern)
			.param("actions", actions.toArray(String[]::new))
			.param("types", recordTypes.toArray(String[]::new))
			.param("size", size)
			.param("offset", (long) Math.max(page, 0) * size)
			.query(Entry.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> forRecord(String recordType, Object recordId) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, record_type, record_id, details, remote_address
				from audit_entry where record_type = ? and record_id = ?
				order by occurred_at desc, id desc""")
			.params(recordType, recordId.toString())
			.query(Entry.class)
			.list();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
