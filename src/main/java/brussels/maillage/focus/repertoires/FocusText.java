package brussels.maillage.focus.repertoires;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.cadastres.Training;

/**
 * Dates and opening hours written out for a reader of one language, for the repertoire
 * page and the brochure (which is rendered outside any request, so it cannot use the
 * request's locale).
 */
final class FocusText {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Locale locale;

	FocusText(Locale locale) {
		this.locale = locale;
	}

	/** A day as "24 novembre 2026" or "24 november 2026", or an empty text. */
	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(this.locale)
			.format(LocalDate.ofInstant(instant, BRUSSELS));
	}

	/** A day and time as "jeudi 12 mars 2026, 12:30", or an empty text. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
			.withLocale(this.locale)
			.format(LocalDate.ofInstant(instant, BRUSSELS)) + ", "
				+ TIME.format(LocalTime.ofInstant(instant, BRUSSELS));
	}

	/** A day as "5 mars 2024" or "5 maart 2024", or an empty text. */
	public String day(LocalDate day) {
		return (day == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale).format(day);
	}

	/**
	 * When a training takes place: its first and last days ("5 mars 2024 – 14 mai 2024")
	 * and its recurrence.
	 */
	public String when(Training training) {
		List<String> parts = new ArrayList<>();
		if (training.startsOn() != null) {
			parts.add((training.endsOn() != null && !training.endsOn().equals(training.startsOn()))
					? day(training.startsOn()) + " – " + day(training.endsOn()) : day(training.startsOn()));
		}
		if (training.recurrence() != null) {
			parts.add(training.recurrence());
		}
		return String.join(" · ", parts);
	}

	/** An amount of euros with two decimals as the reader writes it ("45,50"). */
	public String amount(BigDecimal euros) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(euros);
	}

	/** Language codes written out in the reader's language ("français, néerlandais"). */
	public String languages(List<String> codes) {
		return String.join(", ",
				codes.stream().map((code) -> Locale.of(code).getDisplayLanguage(this.locale)).toList());
	}

	/**
	 * Opening hours grouped by identical times: "lun., mar., jeu. 09:00–12:00 · mer.
	 * 13:00–17:00".
	 */
	public String hours(List<OpeningHours> hours) {
		Map<String, List<DayOfWeek>> byTimes = new LinkedHashMap<>();
		Map<DayOfWeek, List<String>> byDay = new LinkedHashMap<>();
		for (OpeningHours slot : hours) {
			byDay.computeIfAbsent(slot.day(), (day) -> new ArrayList<>()).add(range(slot.opensAt(), slot.closesAt()));
		}
		byDay.forEach((day, ranges) -> byTimes.computeIfAbsent(String.join(", ", ranges), (key) -> new ArrayList<>())
			.add(day));
		List<String> parts = new ArrayList<>();
		byTimes.forEach((times, days) -> parts.add(days(days) + " " + times));
		return String.join(" · ", parts);
	}

	/** Days in order, a run of three or more written as "lun.–ven.". */
	private String days(List<DayOfWeek> days) {
		List<String> written = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= days.size(); i++) {
			if (i == days.size() || days.get(i).getValue() != days.get(i - 1).getValue() + 1) {
				if (i - start >= 3) {
					written.add(name(days.get(start)) + "–" + name(days.get(i - 1)));
				}
				else {
					days.subList(start, i).forEach((day) -> written.add(name(day)));
				}
				start = i;
			}
		}
		return String.join(", ", written);
	}

	private String name(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, this.locale);
	}

	private static String range(LocalTime opens, LocalTime closes) {
		return TIME.format(opens) + "–" + TIME.format(closes);
	}

}
