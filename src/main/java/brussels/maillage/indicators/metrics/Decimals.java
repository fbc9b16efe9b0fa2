package brussels.maillage.indicators.metrics;

import java.math.BigDecimal;

/**
 * Numbers as people type them in French, Dutch or English: "1 234,5", "1.234,5", "1234.5"
 * or "1,234.5".
 */
public final class Decimals {

	private Decimals() {
	}

	/** The number typed, or {@code null} when it is not one. */
	public static BigDecimal parse(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
		if (text.isEmpty() || !text.matches("[+-]?[0-9.,]+")) {
			return null;
		}
		int comma = text.lastIndexOf(',');
		int dot = text.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			// The last separator is the decimal one; the other groups thousands.
			text = (comma > dot) ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		else if (comma >= 0) {
			text = (text.indexOf(',') == comma) ? text.replace(',', '.') : text.replace(",", "");
		}
		else if (dot >= 0 && text.indexOf('.') != dot) {
			text = text.replace(".", "");
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
