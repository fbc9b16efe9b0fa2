package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.system.LocalizedText;
import jakarta.validation.Validator;

/**
 * The rules a host's offer meets, from the call's form or from staff, whoever calls the
 * service: the field rules of the offer and of its slots (Bean Validation on
 * {@link OpenDoors.Offer} and {@link OpenDoors.Slot}, whose messages are refusal
 * reasons), then what they cannot say: each slot inside the week, descriptions that are
 * not too long, no two slots of the offer that overlap.
 */
final class OfferRules {

	/** The fields of an offer in the order their refusals are told. */
	private static final List<String> FIELDS = List.of("hostName", "contactEmail", "address", "slots");

	private OfferRules() {
	}

	/**
	 * Checks an offer against its week.
	 * @return the slots in time order
	 * @throws OpenDoorsRefused for a missing host or e-mail, no slot, a slot outside the
	 * week, a capacity below 1 or two slots of the offer that overlap; a slot's refusal
	 * names its row ({@code slot-<n>-day}, {@code slot-<n>-capacity},
	 * {@code slot-<n>-start})
	 */
	static List<OpenDoors.Slot> check(Validator validator, OpenDoorsWeek week, OpenDoors.Offer offer) {
		Map<String, String> problems = FormProblems.of(validator, offer);
		for (String field : FIELDS) {
			if (problems.containsKey(field)) {
				throw new OpenDoorsRefused(problems.get(field), field);
			}
		}
		List<Indexed> sorted = new ArrayList<>();
		for (int i = 0; i < offer.slots().size(); i++) {
			sorted.add(new Indexed(i, offer.slots().get(i)));
		}
		sorted.sort(Comparator.comparing((Indexed indexed) -> indexed.slot().startsAt()));
		for (int i = 0; i < sorted.size(); i++) {
			OpenDoors.Slot slot = sorted.get(i).slot();
			String row = "slot-" + sorted.get(i).index() + "-";
			LocalDate day = slot.startsAt().toLocalDate();
			if (day.isBefore(week.startsOn()) || day.isAfter(week.endsOn())) {
				throw new OpenDoorsRefused("outside", row + "day");
			}
			Map<String, String> slotProblems = FormProblems.of(validator, slot);
			if (slotProblems.containsKey("capacity")) {
				throw new OpenDoorsRefused(slotProblems.get("capacity"), row + "capacity");
			}
			if (tooLong(slot.description())) {
				throw new OpenDoorsRefused("descriptionLength", row + "descriptionFr");
			}
			if (i > 0 && sorted.get(i - 1).slot().startsAt().plus(OpenDoors.VISIT).isAfter(slot.startsAt())) {
				throw new OpenDoorsRefused("slotoverlap", row + "start");
			}
		}
		return sorted.stream().map(Indexed::slot).toList();
	}

	/** Whether what visitors will see is too long in one of its languages. */
	static boolean tooLong(LocalizedText text) {
		return text != null && (FormLimits.tooLong(text.fr(), FormLimits.DESCRIPTION)
				|| FormLimits.tooLong(text.nl(), FormLimits.DESCRIPTION)
				|| FormLimits.tooLong(text.en(), FormLimits.DESCRIPTION));
	}

	/** A slot with its position in the offer, so that a refusal names the right row. */
	private record Indexed(int index, OpenDoors.Slot slot) {
	}

}
