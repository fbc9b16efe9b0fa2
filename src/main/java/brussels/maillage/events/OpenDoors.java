package brussels.maillage.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.Elision;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open-doors weeks: the call for hosts, validation by staff, the published programme,
 * bookings of visits by professionals and the hosts' lists of visitors.
 */
@Service
class OpenDoors {

	/** A visit slot as the programme shows it, with its host and the visits booked. */
	private static final String SLOTS = """
			select s.id as slot_id, o.id as offer_id, o.host_name, o.address, o.commune_nis,
				coalesce(s.themes[1], o.theme) as theme,
				coalesce(s.description ->> :lang, s.description ->> 'fr', s.description ->> 'nl',
					s.description ->> 'en', o.description) as description,
				s.starts_at, s.ends_at, s.capacity,
				(select count(*) from open_doors_booking b where b.slot_id = s.id) as booked, s.language
			from open_doors_slot s join open_doors_offer o on o.id = s.offer_id
			""";

	/** Every visit lasts an hour and a half. */
	static final Duration VISIT = Duration.ofMinutes(90);

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AuditLog audit;

	private final JsonMapper json;

	private final EventsProperties properties;

	private final EventPlaces places;

	OpenDoors(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, AuditLog audit, JsonMapper json,
			EventsProperties properties, EventPlaces places) {
		this.places = places;
		this.properties = properties;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * A host's offer: where, what, who to contact (and in which language), and the slots.
	 * {@code organizationNote} is what a host not in the directory wrote so that staff
	 * can add it.
	 */
	record Offer(UUID organizationId, String hostName, String address, String communeNis, String theme,
			String description, String contactEmail, List<Slot> slots, String contactName, String contactLanguage,
			String organizationNote) {

		Offer(UUID organizationId, String hostName, String address, String communeNis, String theme, String description,
				String contactEmail, List<Slot> slots) {
			this(organizationId, hostName, address, communeNis, theme, description, contactEmail, slots, null, "fr",
					null);
		}

	}

	/**
	 * A slot offered: start in Brussels time, places, and optionally the language of the
	 * visit, what visitors will see (fr/nl/en) and themes of the directory.
	 */
	record Slot(LocalDateTime startsAt, int capacity, String language, LocalizedText description, List<String> themes) {

		Slot(LocalDateTime startsAt, int capacity) {
			this(startsAt, capacity, null, null, List.of());
		}

	}

	/** A slot with its position in the form, so that a refusal names the right row. */
	private record Indexed(int index, Slot slot) {
	}

	/** A professional booking a visit; no account. */
	record Booking(String name, String email, String profession, String language) {
	}

	/** Totals of weeks. */
	record Totals(long weeks, long hosts, long visitors, long visits) {
	}

	@Transactional
	UUID createWeek(String name, String bassin, LocalDate startsOn, LocalDate endsOn, LocalDate hostsCloseOn) {
		if (name == null || name.isBlank()) {
			throw new OpenDoorsRefused("name", "name");
		}
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new OpenDoorsRefused("dates", "endsOn");
		}
		if (hostsCloseOn == null || hostsCloseOn.isAfter(startsOn)) {
			throw new OpenDoorsRefused("closing", "hostsCloseOn");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into open_doors_week (id, name, bassin, starts_on, ends_on, hosts_close_on, status)
				values (?, ?, ?, ?, ?, ?, 'CALL')""")
			.params(id, name.strip(), bassin, startsOn, endsOn, hostsCloseOn)
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	Optional<OpenDoorsWeek> week(UUID id) {
		return this.jdbc.sql("select * from open_doors_week where id = ?")
			.param(id)
			.query(OpenDoorsWeek.class)
			.optional();
	}

	@Transactional(readOnly = true)
	List<OpenDoorsWeek> weeks() {
		return this.jdbc.sql("select * from open_doors_week order by starts_on, name")
			.query(OpenDoorsWeek.class)
			.list();
	}

	/**
	 * Records a host's offer during the call for hosts.
	 * @return the offer id
	 * @throws OpenDoorsRefused after the closing date, for a slot outside the week, a
	 * capacity below 1 or two slots of the offer that overlap
	 */
	@Transactional
	UUID offer(UUID weekId, Offer offer, String registeredBy) {
		OpenDoorsWeek week = lockOpenWeek(weekId);
		List<Slot> sorted = check(week, offer);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into open_doors_offer (id, week_id, organization_id, host_name, address, commune_nis, theme,
					description, contact_email, status, host_token, registered_by, contact_name, contact_language,
					organization_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?)""")
			.params(id, weekId, offer.organizationId(), offer.hostName().strip(), offer.address(), offer.communeNis(),
					offer.theme(), offer.description() == null ? "" : offer.description(), offer.contactEmail().strip(),
					EventsService.newToken(), registeredBy, blankToNull(offer.contactName()),
					language(offer.contactLanguage()), blankToNull(offer.organizationNote()))
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
	String answerCall(UUID weekId, Offer offer) {
		UUID id = offer(weekId, offer, "host");
		String token = this.jdbc.sql("select host_token from open_doors_offer where id = ?")
			.param(id)
			.query(String.class)
			.single();
		OpenDoorsWeek week = week(weekId).orElseThrow();
		Locale locale = Locale.forLanguageTag(language(offer.contactLanguage()));
		String name = (offer.contactName() == null || offer.contactName().isBlank()) ? offer.hostName()
				: offer.contactName().strip();
		String text = message("events.mail.greeting", locale, name) + "\n\n"
				+ message("events.opendoors.call.mail.text", locale, Elision.de(offer.hostName().strip(), locale),
						week.name())
				+ "\n\n" + baseUrl() + "/portes-ouvertes/hote/" + token + "\n\n"
				+ message("events.opendoors.call.mail.private", locale) + "\n\n"
				+ message("events.mail.signature", locale);
		this.outbox
			.queue(OutgoingMail
				.text(offer.contactEmail().strip(), message("events.opendoors.call.mail.subject", locale, week.name()),
						text, language(offer.contactLanguage()))
				.about("open-doors-offer", id));
		return token;
	}

	/**
	 * A host changes its offer through its private link while the call is open; the slots
	 * are replaced and the offer waits for staff again.
	 */
	@Transactional
	void change(String token, Offer offer) {
		UUID weekId = this.jdbc.sql("select week_id from open_doors_offer where host_token = ?")
			.param(token)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "week"));
		OpenDoorsWeek week = lockOpenWeek(weekId);
		List<Slot> sorted = check(week, offer);
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
					blankToNull(offer.contactName()), language(offer.contactLanguage()),
					blankToNull(offer.organizationNote()), id)
			.update();
		this.jdbc.sql("delete from open_doors_slot where offer_id = ?").param(id).update();
		insertSlots(id, sorted);
		this.audit.record("open-doors.offer.changed", "open-doors-offer", id.toString(), "by the host");
	}

	/** The offer behind a host's private link, with its slots in time order. */
	@Transactional(readOnly = true)
	Optional<HostOfferDetails> offerDetails(String token) {
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
								rs.getTimestamp("starts_at").toInstant().atZone(EventMails.BRUSSELS).toLocalDateTime(),
								rs.getInt("capacity"), rs.getString("language"),
								text(rs.getString("description"), rs.getString("offer_description")),
								themes(rs.getArray("themes"))))
						.list()));
	}

	private OpenDoorsWeek lockOpenWeek(UUID weekId) {
		OpenDoorsWeek week = this.jdbc.sql("select * from open_doors_week where id = ? for update")
			.param(weekId)
			.query(OpenDoorsWeek.class)
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "week"));
		if (!week.openToHosts(LocalDate.now(EventMails.BRUSSELS))) {
			throw new OpenDoorsRefused("closed", "week");
		}
		return week;
	}

	/**
	 * Checks an offer against its week.
	 * @return the slots in time order
	 * @throws OpenDoorsRefused for a missing host or e-mail, no slot, a slot outside the
	 * week, a capacity below 1 or two slots of the offer that overlap; a slot's refusal
	 * names its row ({@code slot-<n>-day}, {@code slot-<n>-capacity},
	 * {@code slot-<n>-start})
	 */
	private static List<Slot> check(OpenDoorsWeek week, Offer offer) {
		if (offer.hostName() == null || offer.hostName().isBlank()) {
			throw new OpenDoorsRefused("host", "hostName");
		}
		if (FormLimits.tooLong(offer.hostName(), FormLimits.NAME)) {
			throw new OpenDoorsRefused("hostLength", "hostName");
		}
		if (offer.contactEmail() == null || !offer.contactEmail().contains("@")
				|| FormLimits.tooLong(offer.contactEmail(), FormLimits.EMAIL)) {
			throw new OpenDoorsRefused("email", "contactEmail");
		}
		if (FormLimits.tooLong(offer.address(), FormLimits.ADDRESS)) {
			throw new OpenDoorsRefused("addressLength", "address");
		}
		if (offer.slots().isEmpty()) {
			throw new OpenDoorsRefused("noslot", "slots");
		}
		List<Indexed> sorted = new ArrayList<>();
		for (int i = 0; i < offer.slots().size(); i++) {
			sorted.add(new Indexed(i, offer.slots().get(i)));
		}
		sorted.sort(java.util.Comparator.comparing((Indexed indexed) -> indexed.slot().startsAt()));
		for (int i = 0; i < sorted.size(); i++) {
			Slot slot = sorted.get(i).slot();
			int row = sorted.get(i).index();
			LocalDate day = slot.startsAt().toLocalDate();
			if (day.isBefore(week.startsOn()) || day.isAfter(week.endsOn())) {
				throw new OpenDoorsRefused("outside", "slot-" + row + "-day");
			}
			if (slot.capacity() < 1) {
				throw new OpenDoorsRefused("capacity", "slot-" + row + "-capacity");
			}
			if (slot.capacity() > FormLimits.VISIT_PLACES) {
				throw new OpenDoorsRefused("capacityLarge", "slot-" + row + "-capacity");
			}
			LocalizedText text = slot.description();
			if (text != null && (FormLimits.tooLong(text.fr(), FormLimits.DESCRIPTION)
					|| FormLimits.tooLong(text.nl(), FormLimits.DESCRIPTION)
					|| FormLimits.tooLong(text.en(), FormLimits.DESCRIPTION))) {
				throw new OpenDoorsRefused("descriptionLength", "slot-" + row + "-descriptionFr");
			}
			if (i > 0 && sorted.get(i - 1).slot().startsAt().plus(VISIT).isAfter(slot.startsAt())) {
				throw new OpenDoorsRefused("slotoverlap", "slot-" + row + "-start");
			}
		}
		return sorted.stream().map(Indexed::slot).toList();
	}

	private void insertSlots(UUID offerId, List<Slot> slots) {
		for (Slot slot : slots) {
			Instant start = slot.startsAt().atZone(EventMails.BRUSSELS).toInstant();
			this.jdbc
				.sql("""
						insert into open_doors_slot (id, offer_id, starts_at, ends_at, capacity, language, description, themes)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
				.params(UUID.randomUUID(), offerId, java.sql.Timestamp.from(start),
						java.sql.Timestamp.from(start.plus(VISIT)), slot.capacity(), slot.language(),
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

	static String language(String language) {
		return List.of("fr", "nl", "en").contains(language) ? language : "fr";
	}

	/** The offers of a week, for staff. */
	@Transactional(readOnly = true)
	List<HostOffer> offers(UUID weekId) {
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
	void decide(UUID offerId, boolean validated) {
		this.jdbc.sql("update open_doors_offer set status = ? where id = ?")
			.params(validated ? "VALIDATED" : "REFUSED", offerId)
			.update();
	}

	@Transactional
	void publish(UUID weekId) {
		this.jdbc.sql("update open_doors_week set status = 'PUBLISHED' where id = ?").param(weekId).update();
	}

	/**
	 * Validated slots of a published week, narrowed by day, commune and theme when given.
	 */
	@Transactional(readOnly = true)
	List<ProgrammeSlot> programme(UUID weekId, LocalDate day, String commune, String theme, Locale locale) {
		StringBuilder sql = new StringBuilder(SLOTS + """
				join open_doors_week w on w.id = o.week_id
				where o.week_id = :week and o.status = 'VALIDATED' and w.status <> 'CALL'""");
		var params = new java.util.HashMap<String, Object>();
		params.put("week", weekId);
		params.put("lang", locale.getLanguage());
		if (day != null) {
			sql.append(" and (s.starts_at at time zone 'Europe/Brussels')::date = :day");
			params.put("day", day);
		}
		if (commune != null && !commune.isBlank()) {
			sql.append(" and o.commune_nis = :commune");
			params.put("commune", commune);
		}
		if (theme != null && !theme.isBlank()) {
			sql.append(" and (o.theme = :theme or :theme = any(s.themes))");
			params.put("theme", theme);
		}
		sql.append(" order by s.starts_at, o.host_name");
		return this.jdbc.sql(sql.toString()).params(params).query(ProgrammeSlot.class).list();
	}

	/**
	 * Validated slots of published weeks between two instants, optionally of one bassin,
	 * for the agenda's calendar feed.
	 */
	@Transactional(readOnly = true)
	List<ProgrammeSlot> publishedSlots(Instant from, Instant to, String bassin, Locale locale) {
		return this.jdbc.sql(SLOTS + """
				join open_doors_week w on w.id = o.week_id
				where o.status = 'VALIDATED' and w.status = 'PUBLISHED' and s.starts_at < :to and s.ends_at > :from
					and (cast(:bassin as text) is null or w.bassin = :bassin)
				order by s.starts_at, o.host_name""")
			.param("lang", locale.getLanguage())
			.param("from", java.sql.Timestamp.from(from))
			.param("to", java.sql.Timestamp.from(to))
			.param("bassin", bassin)
			.query(ProgrammeSlot.class)
			.list();
	}

	/** Published weeks with a day between two dates, optionally of one bassin. */
	@Transactional(readOnly = true)
	List<OpenDoorsWeek> publishedWeeks(LocalDate from, LocalDate to, String bassin) {
		return this.jdbc.sql("""
				select * from open_doors_week where status = 'PUBLISHED' and starts_on <= :to and ends_on >= :from
					and (cast(:bassin as text) is null or bassin = :bassin)
				order by starts_on, name""")
			.param("from", from)
			.param("to", to)
			.param("bassin", bassin)
			.query(OpenDoorsWeek.class)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<ProgrammeSlot> slot(UUID slotId, Locale locale) {
		return this.jdbc.sql(SLOTS + " where s.id = :slot")
			.param("slot", slotId)
			.param("lang", locale.getLanguage())
			.query(ProgrammeSlot.class)
			.optional();
	}

	/**
	 * Books one visit; a person may book several visits of a week with the same e-mail.
	 * @return the booking id
	 * @throws OpenDoorsRefused on a full slot, a visit overlapping another of the same
	 * person, or a week that is not published
	 */
	@Transactional
	UUID book(UUID slotId, Booking booking) {
		if (booking.name() == null || booking.name().isBlank()) {
			throw new OpenDoorsRefused("name", "name");
		}
		if (FormLimits.tooLong(booking.name(), FormLimits.NAME)) {
			throw new OpenDoorsRefused("nameLength", "name");
		}
		if (booking.email() == null || !booking.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| FormLimits.tooLong(booking.email(), FormLimits.EMAIL)) {
			throw new OpenDoorsRefused("email", "email");
		}
		if (booking.profession() == null || booking.profession().isBlank()) {
			throw new OpenDoorsRefused("profession", "profession");
		}
		if (FormLimits.tooLong(booking.profession(), FormLimits.NAME)) {
			throw new OpenDoorsRefused("professionLength", "profession");
		}
		// Locks the slot: concurrent bookings of one slot are counted one after the
		// other.
		var slot = this.jdbc
			.sql("""
					select s.id, s.capacity, s.starts_at, s.ends_at, o.week_id, o.status as offer_status, w.status as week_status
					from open_doors_slot s join open_doors_offer o on o.id = s.offer_id
					join open_doors_week w on w.id = o.week_id where s.id = ? for update of s""")
			.param(slotId)
			.query((rs,
					n) -> new Object[] { rs.getInt("capacity"), rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant(), rs.getObject("week_id", UUID.class),
							rs.getString("offer_status"), rs.getString("week_status") })
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "slot"));
		if (!"VALIDATED".equals(slot[4]) || !"PUBLISHED".equals(slot[5])) {
			throw new OpenDoorsRefused("notopen", "slot");
		}
		Instant startsAt = (Instant) slot[1];
		Instant endsAt = (Instant) slot[2];
		if (startsAt.isBefore(Instant.now())) {
			throw new OpenDoorsRefused("past", "slot");
		}
		UUID weekId = (UUID) slot[3];
		String email = booking.email().strip();
		String language = List.of("fr", "nl", "en").contains(booking.language()) ? booking.language() : "fr";
		this.jdbc
			.sql("""
					insert into open_doors_visitor (id, week_id, email, name, profession, language) values (?, ?, ?, ?, ?, ?)
					on conflict (week_id, lower(email)) do update set name = excluded.name,
						profession = excluded.profession, language = excluded.language""")
			.params(UUID.randomUUID(), weekId, email, booking.name().strip(), booking.profession().strip(), language)
			.update();
		UUID visitorId = this.jdbc
			.sql("select id from open_doors_visitor where week_id = ? and lower(email) = lower(?)")
			.params(weekId, email)
			.query(UUID.class)
			.single();
		boolean overlaps = this.jdbc.sql("""
				select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
				where b.visitor_id = ? and s.starts_at < ? and s.ends_at > ?""")
			.params(visitorId, java.sql.Timestamp.from(endsAt), java.sql.Timestamp.from(startsAt))
			.query(Long.class)
			.single() > 0;
		if (overlaps) {
			throw new OpenDoorsRefused("overlap", "slot");
		}
		long booked = this.jdbc.sql("select count(*) from open_doors_booking where slot_id = ?")
			.param(slotId)
			.query(Long.class)
			.single();
		if (booked >= (Integer) slot[0]) {
			throw new OpenDoorsRefused("full", "slot");
		}
		UUID id = UUID.randomUUID();
		String token = EventsService.newToken();
		this.jdbc.sql("insert into open_doors_booking (id, slot_id, visitor_id, token) values (?, ?, ?, ?)")
			.params(id, slotId, visitorId, token)
			.update();
		confirm(id, slotId, booking.name().strip(), email, language, token);
		return id;
	}

	/** A visit behind its personal link. */
	@Transactional(readOnly = true)
	Optional<BookedVisit> visit(String token, Locale locale) {
		return this.jdbc.sql("""
				select b.slot_id, v.name from open_doors_booking b join open_doors_visitor v on v.id = b.visitor_id
				where b.token = ?""")
			.param(token)
			.query((rs, n) -> new Object[] { rs.getObject("slot_id", UUID.class), rs.getString("name") })
			.optional()
			.flatMap((row) -> slot((UUID) row[0], locale).map((slot) -> new BookedVisit(slot, (String) row[1])));
	}

	/**
	 * Cancels a visit through its personal link: the place is free again and the host's
	 * list no longer shows the visitor; a visitor left without visits is forgotten.
	 * @return whether a visit was cancelled
	 */
	@Transactional
	boolean cancelVisit(String token) {
		Optional<UUID[]> booking = this.jdbc.sql("""
				select b.id, b.visitor_id, b.slot_id from open_doors_booking b
				where b.token = ? for update""")
			.param(token)
			.query((rs,
					n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("visitor_id", UUID.class),
							rs.getObject("slot_id", UUID.class) })
			.optional();
		if (booking.isEmpty()) {
			return false;
		}
		// Locks the slot as booking does, so the freed place is counted once.
		this.jdbc.sql("select id from open_doors_slot where id = ? for update")
			.param(booking.get()[2])
			.query(UUID.class)
			.single();
		this.jdbc.sql("delete from open_doors_booking where id = ?").param(booking.get()[0]).update();
		this.jdbc.sql("""
				delete from open_doors_visitor v where v.id = ?
				and not exists (select 1 from open_doors_booking b where b.visitor_id = v.id)""")
			.param(booking.get()[1])
			.update();
		return true;
	}

	private void confirm(UUID bookingId, UUID slotId, String name, String email, String language, String token) {
		Locale locale = Locale.forLanguageTag(language);
		ProgrammeSlot slot = slot(slotId, locale).orElseThrow();
		ZonedDateTime start = slot.startsAt().atZone(EventMails.BRUSSELS);
		String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start) + ", "
				+ DateTimeFormatter.ofPattern("HH:mm").format(start) + "–"
				+ DateTimeFormatter.ofPattern("HH:mm").format(slot.endsAt().atZone(EventMails.BRUSSELS));
		String where = this.places.full(slot.address(), null, slot.communeNis(), locale);
		String link = baseUrl() + "/portes-ouvertes/visite/" + token;
		String text = message("events.mail.greeting", locale, name) + "\n\n"
				+ message("events.opendoors.mail.text", locale, slot.hostName()) + "\n\n- " + when + "\n"
				+ message("events.mail.place", locale, where) + "\n\n"
				+ message("events.opendoors.mail.cancel", locale, link) + "\n\n"
				+ message("events.mail.signature", locale);
		this.outbox.queue(OutgoingMail
			.text(email, message("events.opendoors.mail.subject", locale, slot.hostName()), text, language)
			.about("open-doors-booking", bookingId)
			.with(Invitations.visit(slot, message("events.opendoors.calendar.summary", locale, slot.hostName()), where,
					link, locale)));
	}

	/** The host behind a private link. */
	@Transactional(readOnly = true)
	Optional<String> hostName(String token) {
		return this.jdbc.sql("select host_name from open_doors_offer where host_token = ?")
			.param(token)
			.query(String.class)
			.optional();
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
					visitors.size() + " visitors"));
		return visitors;
	}

	/** Totals over the weeks named. */
	@Transactional(readOnly = true)
	Totals totals(List<String> names) {
		return this.jdbc.sql("""
				select count(distinct w.id) as weeks,
					(select count(*) from open_doors_offer o join open_doors_week w2 on w2.id = o.week_id
						where w2.name in (:names) and o.status = 'VALIDATED') as hosts,
					(select count(*) from open_doors_visitor v join open_doors_week w3 on w3.id = v.week_id
						where w3.name in (:names)) as visitors,
					(select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
						join open_doors_offer o2 on o2.id = s.offer_id join open_doors_week w4 on w4.id = o2.week_id
						where w4.name in (:names)) as visits
				from open_doors_week w where w.name in (:names)""").param("names", names).query(Totals.class).single();
	}

	private String baseUrl() {
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
			return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
				.build()
				.toUriString();
		}
		return this.properties.baseUrl();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	static List<Slot> slots(List<LocalDateTime> starts, int capacity) {
		List<Slot> slots = new ArrayList<>();
		starts.forEach((start) -> slots.add(new Slot(start, capacity)));
		return slots;
	}

}
