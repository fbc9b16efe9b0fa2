package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import brussels.maillage.system.LocalizedText;

/** The rules a host's offer meets, from the call's form or from staff. */
final class OfferChecks {

	private OfferChecks() {
	}

	/**
	 * Checks an offer against its week.
	 * @return the slots in time order
	 * @throws OpenDoorsRefused for a missing host or e-mail, no slot, a slot outside the
	 * week, a capacity below 1 or two slots of the offer that overlap; a slot's refusal
	 * names its row ({@code slot-<n>-day}, {@code slot-<n>-capacity},
	 * {@code slot-<n>-start})
	 */
	static List<OpenDoors.Slot> check(OpenDoorsWeek week, OpenDoors.Offer offer) {
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
		sorted.sort(Comparator.comparing((Indexed indexed) -> indexed.slot().startsAt()));
		for (int i = 0; i < sorted.size(); i++) {
			OpenDoors.Slot slot = sorted.get(i).slot();
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
			if (i > 0 && sorted.get(i - 1).slot().startsAt().plus(OpenDoors.VISIT).isAfter(slot.startsAt())) {
				throw new OpenDoorsRefused("slotoverlap", "slot-" + row + "-start");
			}
		}
		return sorted.stream().map(Indexed::slot).toList();
	}

	/** A slot with its position in the form, so that a refusal names the right row. */
	private record Indexed(int index, OpenDoors.Slot slot) {
	}

}
