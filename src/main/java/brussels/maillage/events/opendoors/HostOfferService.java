package brussels.maillage.events.opendoors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.EventsService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosts' offers: answers to the call for hosts, changes through a host's private
 * link, offers recorded and validated or refused by staff; the only writer of
 * {@code open_doors_offer} and {@code open_doors_slot}.
 */
@Service
public class HostOfferService {

	private final JdbcClient jdbc;

	private final OpenDoorsWeekService weeks;

	private final OpenDoorsMails mails;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Validator validator;

	HostOfferService(JdbcClient jdbc, OpenDoorsWeekService weeks, OpenDoorsMails mails, AuditLog audit, JsonMapper json,
			Validator validator) {
		this.validator = validator;
		this.jdbc = jdbc;
		this.weeks = weeks;
		this.mails = mails;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * Records a host's offer during the call for hosts.
	 * @return the offer id
	 * @throws OpenDoorsRefused after the closing date, for a slot outside the week, a
	 * capacity below 1 or two slots of the offer that overlap
	 */
	@Transactional
	public UUID offer(UUID weekId, OpenDoors.Offer offer, String registeredBy) {
		OpenDoorsWeek week = this.weeks.lockOpenWeek(weekId);
		List<OpenDoors.Slot> sorted = OfferRules.check(this.validator, week, offer);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into open_doors_offer (id, week_id, organization_id, host_name, address, commune_nis, theme,
					description, contact_email, status, host_token, registered_by, contact_name, contact_language,
					organization_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?)""")
			.params(id, weekId, offer.organizationId(), offer.hostName().strip(), offer.address(), offer.communeNis(),
					offer.theme(), offer.description() == null ? "" : offer.description(), offer.contactEmail().strip(),
					PersonalLinks.newToken(), registeredBy, blankToNull(offer.contactName()),
					OpenDoors.language(offer.contactLanguage()), blankToNull(offer.organizationNote()))
			.update();
		insertSlots(id, sorted);
		return id;
	}

	/**
	 * A host answers the call for hosts itself: the offer is recorded as proposed and the
	 * host receives, in its language, the private link to see and change its offer and
	 * later its visitors.
	 * @return the private link's token
	 */
	@Transactional
	public String answerCall(UUID weekId, OpenDoors.Offer offer) {
		UUID id = offer(weekId, offer, "host");
		String token = this.jdbc.sql("select host_token from open_doors_offer where id = ?")
			.param(id)
			.query(String.class)
			.single();
		OpenDoorsWeek week = this.weeks.week(weekId).orElseThrow();
		this.mails.callAnswered(week, offer, id, token);
		return token;
	}

	/**
	 * A host changes its offer through its private link while the call is open; the slots
	 * are replaced and the offer waits for staff again.
	 */
	@Transactional
	public void change(String token, OpenDoors.Offer offer) {
		UUID weekId = this.jdbc.sql("select week_id from open_doors_offer where host_token = ?")
			.param(token)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "week"));
		OpenDoorsWeek week = this.weeks.lockOpenWeek(weekId);
		List<OpenDoors.Slot> sorted = OfferRules.check(this.validator, week, offer);
		UUID id = this.jdbc.sql("select id from open_doors_offer where host_token = ? for update")
			.param(token)
			.query(UUID.class)
			.single();
		boolean booked = this.jdbc.sql("""
				select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
				where s.offer_id = ?""").param(id).query(Long.class).single() > 0;
		if (booked) {
			throw new OpenDoorsRefused("closed", "week");
		}
		this.jdbc.sql("""
				update open_doors_offer set organization_id = ?, host_name = ?, address = ?, commune_nis = ?, theme = ?,
					description = ?, contact_email = ?, contact_name = ?, contact_language = ?, organization_note = ?,
					status = 'PROPOSED'
				where id = ?""")
			.params(offer.organizationId(), offer.hostName().strip(), offer.address(), offer.communeNis(),
					offer.theme(), offer.description() == null ? "" : offer.description(), offer.contactEmail().strip(),
					blankToNull(offer.contactName()), OpenDoors.language(offer.contactLanguage()),
					blankToNull(offer.organizationNote()), id)
			.update();
		this.jdbc.sql("delete from open_doors_slot where offer_id = ?").param(id).update();
		insertSlots(id, sorted);
		this.audit.record("open-doors.offer.changed", "open-doors-offer", id.toString(), "by-the-host");
	}

	/** The offer behind a host's private link, with its slots in time order. */
	@Transactional(readOnly = true)
	public Optional<HostOfferDetails> offerDetails(String token) {
		return this.jdbc.sql("""
				select id, week_id, organization_id, host_name, organization_note, contact_name, contact_email,
					contact_language, address, commune_nis, status
				from open_doors_offer where host_token = ?""")
			.param(token)
			.query((rs, n) -> new HostOfferDetails(rs.getObject("id", UUID.class), rs.getObject("week_id", UUID.class),
					rs.getObject("organization_id", UUID.class), rs.getString("host_name"),
					rs.getString("organization_note"), rs.getString("contact_name"), rs.getString("contact_email"),
					rs.getString("contact_language"), rs.getString("address"), rs.getString("commune_nis"),
					rs.getString("status"), List.of()))
			.optional()
			.map((found) -> new HostOfferDetails(found.id(), found.weekId(), found.organizationId(), found.hostName(),
					found.organizationNote(), found.contactName(), found.contactEmail(), found.contactLanguage(),
					found.address(), found.communeNis(), found.status(),
					this.jdbc
						.sql("""
								select starts_at, capacity, language, description::text as description, themes, offer_description
								from (select s.*, o.description as offer_description from open_doors_slot s
									join open_doors_offer o on o.id = s.offer_id where s.offer_id = ?) x
								order by starts_at""")
						.param(found.id())
						.query((rs, n) -> new HostOfferDetails.OfferedSlot(
								rs.getTimestamp("starts_at")
									.toInstant()
									.atZone(EventsService.TIME_ZONE)
									.toLocalDateTime(),
								rs.getInt("capacity"), rs.getString("language"),
								text(rs.getString("description"), rs.getString("offer_description")),
								themes(rs.getArray("themes"))))
						.list()));
	}

	/** The offers of a week, for staff. */
	@Transactional(readOnly = true)
	public List<HostOffer> offers(UUID weekId) {
		return this.jdbc.sql("""
				select o.id, o.host_name, o.commune_nis, o.status,
					(select count(*) from open_doors_slot s where s.offer_id = o.id) as slots,
					(select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
						where s.offer_id = o.id) as booked,
					o.host_token, o.registered_by,
					case when o.organization_id is null then coalesce(o.organization_note, '') end as organization_note
				from open_doors_offer o where o.week_id = ? order by o.host_name""")
			.param(weekId)
			.query(HostOffer.class)
			.list();
	}

	@Transactional
	public void decide(UUID offerId, boolean validated) {
		this.jdbc.sql("update open_doors_offer set status = ? where id = ?")
			.params(validated ? "VALIDATED" : "REFUSED", offerId)
			.update();
	}

	/** The host behind a private link. */
	@Transactional(readOnly = true)
	Optional<String> hostName(String token) {
		return this.jdbc.sql("select host_name from open_doors_offer where host_token = ?")
			.param(token)
			.query(String.class)
			.optional();
	}

	private void insertSlots(UUID offerId, List<OpenDoors.Slot> slots) {
		for (OpenDoors.Slot slot : slots) {
			Instant start = slot.startsAt().atZone(EventsService.TIME_ZONE).toInstant();
			this.jdbc
				.sql("""
						insert into open_doors_slot (id, offer_id, starts_at, ends_at, capacity, language, description, themes)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
				.params(UUID.randomUUID(), offerId, java.sql.Timestamp.from(start),
						java.sql.Timestamp.from(start.plus(OpenDoors.VISIT)), slot.capacity(), slot.language(),
						(slot.description() == null || slot.description().isEmpty()) ? null
								: this.json.writeValueAsString(slot.description()),
						(slot.themes() == null) ? new String[0] : slot.themes().toArray(String[]::new))
				.update();
		}
	}

	private LocalizedText text(String json, String fallback) {
		if (json != null) {
			return this.json.readValue(json, LocalizedText.class);
		}
		return LocalizedText.of(blankToNull(fallback), null, null);
	}

	private static List<String> themes(java.sql.Array array) throws java.sql.SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A validated offer as the demo writes it. */
	void insertForDemo(UUID id, UUID weekId, UUID organizationId, String hostName, String address, String communeNis,
			String theme, String description, String contactEmail) {
		this.jdbc.sql("""
				insert into open_doors_offer (id, week_id, organization_id, host_name, address, commune_nis, theme,
					description, contact_email, status, host_token, registered_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALIDATED', ?, 'demo')""")
			.params(id, weekId, organizationId, hostName, address, communeNis, theme, description, contactEmail,
					PersonalLinks.newToken())
			.update();
	}

	/** A slot of {@code capacity} places as the demo writes it. */
	void insertSlotForDemo(UUID id, UUID offerId, Instant at, int capacity) {
		this.jdbc.sql("insert into open_doors_slot (id, offer_id, starts_at, ends_at, capacity) values (?, ?, ?, ?, ?)")
			.params(id, offerId, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at.plus(OpenDoors.VISIT)),
					capacity)
			.update();
	}

}
