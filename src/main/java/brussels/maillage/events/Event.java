package brussels.maillage.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * An event as the agenda shows it and staff edit it.
 *
 * @param id event id
 * @param kind what kind of meeting it is
 * @param title its title in fr/nl/en
 * @param description its description in fr/nl/en
 * @param language the language it is held in: {@code fr}, {@code nl}, {@code bilingual}
 * or {@code en}
 * @param online whether it is held online (the link goes to registrants only)
 * @param onlineUrl the meeting link, never shown publicly
 * @param address street and number, for an event on site
 * @param postcode its postcode
 * @param communeNis the commune where the place lies, when the territory could tell
 * @param placeBassin the bassin where the place lies, when the territory could tell
 * @param territory the territory it is organised for: {@code REGION} or a bassin code
 * @param themes codes of directory themes it is about
 * @param organiserTeam code of the organising team
 * @param capacity places available
 * @param questions custom questions asked at registration
 * @param consent the consent text registrants accept, or {@code null} for the default
 * @param status draft, published or cancelled
 * @param sessions its dates, in order
 * @param requestId the request it answers, or {@code null}
 * @param communityId the community of practice it is a meeting of, or {@code null}
 * @param activity whether it is listed, its headcount, the requesting territory, the
 * completion rule of a cycle and the replay link
 */
public record Event(UUID id, EventKind kind, LocalizedText title, LocalizedText description, String language,
		boolean online, String onlineUrl, String address, String postcode, String communeNis, String placeBassin,
		String territory, List<String> themes, String organiserTeam, int capacity, List<LocalizedText> questions,
		LocalizedText consent, EventStatus status, List<EventSession> sessions, UUID requestId, UUID communityId,
		EventActivity activity) {

	public Event {
		activity = (activity != null) ? activity : EventActivity.NONE;
		themes = List.copyOf(themes);
		questions = List.copyOf(questions);
		sessions = List.copyOf(sessions);
	}

	/** When the first session starts. */
	public Instant startsAt() {
		return this.sessions.isEmpty() ? null : this.sessions.get(0).startsAt();
	}

	/** When the last session ends. */
	public Instant endsAt() {
		return this.sessions.isEmpty() ? null : this.sessions.get(this.sessions.size() - 1).endsAt();
	}

	/** Whether it is a cycle of several sessions. */
	public boolean cycle() {
		return this.sessions.size() > 1;
	}

	/** The same event with only {@code session}, to show one date of a cycle. */
	public Event withOnly(EventSession session) {
		return new Event(this.id, this.kind, this.title, this.description, this.language, this.online, this.onlineUrl,
				this.address, this.postcode, this.communeNis, this.placeBassin, this.territory, this.themes,
				this.organiserTeam, this.capacity, this.questions, this.consent, this.status, List.of(session),
				this.requestId, this.communityId, this.activity);
	}

	/** Whether people can still register at {@code now}. */
	public boolean openForRegistration(Instant now) {
		return this.status == EventStatus.PUBLISHED && startsAt() != null && startsAt().isAfter(now);
	}

}
