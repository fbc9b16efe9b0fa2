package brussels.maillage.helpdesk;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like identifying data in free text: a Belgian national register
 * number, an e-mail address, a phone number or a date of birth. It errs on the side of
 * warning: the respondent confirms or removes it.
 */
final class IdentifyingData {

	enum Kind {

		NATIONAL_NUMBER, EMAIL, PHONE, BIRTH_DATE

	}

	private static final Pattern NATIONAL_NUMBER = Pattern
		.compile("(?<!\\d)(\\d{2})[.\\s]?(\\d{2})[.\\s]?(\\d{2})[-.\\s]?(\\d{3})[.\\s]?(\\d{2})(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+|00)?[\\d][\\d\\s./-]{6,16}\\d(?!\\d)");

	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)(0?[1-9]|[12]\\d|3[01])\\s?[/.-]\\s?(0?[1-9]|1[0-2])\\s?[/.-]\\s?(19|20)\\d{2}(?!\\d)");

	private IdentifyingData() {
	}

	static Set<Kind> in(String text) {
		Set<Kind> found = EnumSet.noneOf(Kind.class);
		if (text == null || text.isBlank()) {
			return found;
		}
		Matcher national = NATIONAL_NUMBER.matcher(text);
		while (national.find()) {
			if (validNationalNumber(national)) {
				found.add(Kind.NATIONAL_NUMBER);
			}
		}
		if (EMAIL.matcher(text).find()) {
			found.add(Kind.EMAIL);
		}
		Matcher phone = PHONE.matcher(text);
		while (phone.find()) {
			String digits = phone.group().replaceAll("\\D", "");
			boolean belgian = phone.group().startsWith("+32") || phone.group().startsWith("0032")
					|| (digits.startsWith("0") && (digits.length() == 9 || digits.length() == 10));
			if (belgian || (phone.group().startsWith("+") && digits.length() >= 9)) {
				found.add(Kind.PHONE);
			}
		}
		if (DATE.matcher(text).find()) {
			found.add(Kind.BIRTH_DATE);
		}
		return found;
	}

	/**
	 * The check digits of a national register number: 97 minus the first nine digits
	 * modulo 97, with a 2 in front for people born from 2000.
	 */
	private static boolean validNationalNumber(Matcher match) {
		String digits = match.group(1) + match.group(2) + match.group(3) + match.group(4);
		long body = Long.parseLong(digits);
		int check = Integer.parseInt(match.group(5));
		return 97 - (body % 97) == check || 97 - (Long.parseLong("2" + digits) % 97) == check;
	}

}
