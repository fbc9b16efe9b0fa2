package brussels.maillage.events.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information sessions: received from the public form, accepted or declined
 * by staff, scheduled as an event; the status follows the event (held once it ended).
 */
@Service
@Transactional(readOnly = true)
class SessionRequestService {

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AuditLog audit;

	SessionRequestService(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, AuditLog audit) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	UUID receive(RequestForm form) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_request (id, organisation, contact_name, email, language, topic, audience,
					expected_people, preferred_dates, territory)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.organisation().strip(), form.contactName().strip(),
					form.email().strip().toLowerCase(Locale.ROOT), form.language(), form.topic().strip(),
					form.audience().strip(), form.people(), form.preferredDates().strip(), form.territory())
			.update();
		tell(find(id).orElseThrow(), "received", null);
		return id;
	}

	/** Every request, newest first, the status following its event. */
	List<SessionRequest> all() {
		return this.jdbc.sql(select() + " order by r.created_at desc limit 500").query(SessionRequest.class).list();
	}

	Optional<SessionRequest> find(UUID id) {
		return this.jdbc.sql(select() + " where r.id = ?").param(id).query(SessionRequest.class).optional();
	}

	private static String select() {
		return """
				select r.id, r.organisation, r.contact_name, r.email, r.language, r.topic, r.audience, r.expected_people,
					r.preferred_dates, r.territory,
					case when r.status = 'SCHEDULED' and (select max(s.ends_at) from event_session s
						where s.event_id = r.event_id) < now() then 'HELD' else r.status end as status,
					r.event_id, r.created_at
				from event_request r""";
	}

	@Transactional
	void decide(UUID id, boolean accept, String by) {
		SessionRequest request = find(id).orElseThrow();
		if (!List.of("RECEIVED", "ACCEPTED").contains(request.status())) {
			throw new IllegalStateException("Already " + request.status());
		}
		this.jdbc.sql("update event_request set status = ?, decided_at = now(), decided_by = ? where id = ?")
			.params(accept ? "ACCEPTED" : "DECLINED", by, id)
			.update();
		this.audit.record(accept ? "event.request.accepted" : "event.request.declined", "event-request", id, null);
		if (!accept) {
			tell(request, "declined", null);
		}
	}

	@Transactional
	void scheduled(UUID id, UUID eventId, String eventUrl) {
		this.jdbc.sql(
				"update event_request set status = 'SCHEDULED', event_id = ?, decided_at = coalesce(decided_at, now()) where id = ?")
			.params(eventId, id)
			.update();
		this.audit.record("event.request.scheduled", "event-request", id, AuditLog.details("event", eventId));
		tell(find(id).orElseThrow(), "scheduled", eventUrl);
	}

	private void tell(SessionRequest request, String what, String link) {
		Locale locale = Locale.forLanguageTag(request.language());
		String text = this.messages.getMessage("events.mail.greeting", new Object[] { request.contactName() }, locale)
				+ "\n\n"
				+ this.messages.getMessage("events.mail.request." + what + ".text",
						new Object[] { request.topic(), (link != null) ? link : "" }, locale)
				+ "\n\n" + this.messages.getMessage("events.mail.signature", null, locale);
		this.outbox.queue(OutgoingMail
			.text(request.email(), this.messages.getMessage("events.mail.request." + what + ".subject", null, locale),
					text, request.language())
			.about("event-request", request.id()));
	}

}
