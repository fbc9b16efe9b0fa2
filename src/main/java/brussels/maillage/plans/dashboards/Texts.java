package brussels.maillage.plans.dashboards;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import brussels.maillage.indicators.Measure;

import org.springframework.context.MessageSource;

/** The dashboard's texts in the reader's language: messages, numbers, ratios. */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	Texts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Locale locale() {
		return this.locale;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The message of {@code key}, or {@code fallback} when there is none. */
	String orElse(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, this.locale);
	}

	String number(long value) {
		return NumberFormat.getIntegerInstance(this.locale).format(value);
	}

	String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** "3 of 5 (60 %)", or "3 of 0" without a percentage when the denominator is 0. */
	String ratio(long numerator, long denominator) {
		if (denominator <= 0) {
			return get("plans.dashboard.ratio.noPercent", number(numerator), number(denominator));
		}
		long percent = Math.round(100.0 * numerator / denominator);
		return get("plans.dashboard.ratio", number(numerator), number(denominator), number(percent));
	}

	/** A measure as the report prints it, or "no data". */
	String measure(Measure measure) {
		String shown = (measure != null) ? measure.shown(this.locale) : null;
		return (shown != null) ? shown : get("indicators.noData");
	}

	String yesNo(boolean yes) {
		return yes ? "✓ " + get("plans.dashboard.yes") : "✗ " + get("plans.dashboard.no");
	}

	/**
	 * A code as readable words ("UNDER_REVIEW" → "Under review") when no message names
	 * it.
	 */
	static String readable(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String words = code.replace('_', ' ').replace('.', ' ').strip().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
