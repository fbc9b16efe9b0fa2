package brussels.maillage.events.opendoors;

import java.util.List;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A host's list of its visitors, reached by its private link, each access logged. */
@Service
class HostVisitorService {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	HostVisitorService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The visitors of a host, reached by its private link; the access is logged. */
	@Transactional
	List<HostVisitor> visitors(String token) {
		List<HostVisitor> visitors = this.jdbc.sql("""
				select s.starts_at, v.name, v.email, v.profession
				from open_doors_offer o join open_doors_slot s on s.offer_id = o.id
				join open_doors_booking b on b.slot_id = s.id join open_doors_visitor v on v.id = b.visitor_id
				where o.host_token = ? order by s.starts_at, v.name""").param(token).query(HostVisitor.class).list();
		this.jdbc.sql("select id from open_doors_offer where host_token = ?")
			.param(token)
			.query(UUID.class)
			.optional()
			.ifPresent((offer) -> this.audit.record("open-doors.visitors.view", "open-doors-offer", offer.toString(),
					AuditLog.details("visitors", visitors.size())));
		return visitors;
	}

}
