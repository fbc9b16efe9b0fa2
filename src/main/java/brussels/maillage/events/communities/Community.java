package brussels.maillage.events.communities;

import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A community of practice with its members and meetings.
 *
 * @param id community id
 * @param name its name in fr/nl/en
 * @param territory {@code REGION} or a bassin code
 * @param members its members
 * @param meetings its meetings, oldest first, each with who attended
 */
record Community(UUID id, LocalizedText name, String territory, List<Member> members, List<Meeting> meetings) {

	public Community {
		members = List.copyOf(members);
		meetings = List.copyOf(meetings);
	}

	/**
	 * A participant.
	 *
	 * @param id member id
	 * @param name name
	 * @param profession profession, or {@code null}
	 */
	public record Member(UUID id, String name, String profession) {
	}

	/**
	 * A meeting and who attended it.
	 *
	 * @param id meeting id
	 * @param heldOn its date
	 * @param topic its topic
	 * @param present ids of the members present
	 */
	public record Meeting(UUID id, java.time.LocalDate heldOn, String topic, List<UUID> present) {

		public Meeting {
			present = List.copyOf(present);
		}

		/** Whether {@code member} attended. */
		public boolean attended(UUID member) {
			return this.present.contains(member);
		}

	}

	/**
	 * One participant's line of the yearly fee statement.
	 *
	 * @param member the participant
	 * @param meetings meetings attended in the year
	 * @param amount fee owed, in euros
	 */
	public record FeeLine(Member member, int meetings, java.math.BigDecimal amount) {
	}

}
