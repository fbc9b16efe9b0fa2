package brussels.maillage.helpdesk.requests;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like identifying data in free text: a Belgian national register or BIS
 * number, an e-mail address, a phone number, a date of birth, a street address with a
 * house number, or a person named after a civility ("Mevrouw Peeters"). It errs on the
 * side of warning: the respondent confirms or removes it.
 * <p>
 * A national register number (YY.MM.DD-SSS.CC, written with dots, dashes, spaces or bare)
 * is taken as one when its check digits are right for either century (97 minus the first
 * nine digits modulo 97, with a 2 in front for people born from 2000) and its month and
 * day can be a birth date (BIS numbers add 20 or 40 to the month), or, whatever its check
 * digits, when it follows a word that names it ("rijksregisternummer", "numéro national",
 * "NISS", "INSZ", "NN"...): a mistyped number is still the person's. Other eleven-digit
 * numbers without such a word are let through.
 */
final class IdentifyingData {

	enum Kind {

		NATIONAL_NUMBER, EMAIL, PHONE, BIRTH_DATE, ADDRESS, NAME

	}

	private static final Pattern NATIONAL_NUMBER = Pattern.compile(
			"(?<![\\d.,/-])(\\d{2})[.\\s-]?(\\d{2})[.\\s-]?(\\d{2})[.\\s-]{0,2}(\\d{3})[.\\s-]?(\\d{2})(?!\\d|[.,/-]\\d)");

	/** Words that name a national register or BIS number, just before one. */
	private static final Pattern NATIONAL_NUMBER_WORD = Pattern
		.compile("(?iu)\\b(?:rijksregister\\p{L}*|registre\\s+national|num[ée]ro\\s+(?:de\\s+)?(?:national|bis|niss)"
				+ "|n°\\s*national|bis[-\\s]?nummer|identificatienummer|insz|niss|nn|rrn|national\\s+(?:register\\s+)?number)\\b"
				+ "[^\\d\\n]{0,25}$");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+|00)?[\\d][\\d\\s./-]{6,16}\\d(?!\\d)");

	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)(0?[1-9]|[12]\\d|3[01])\\s?[/.-]\\s?(0?[1-9]|1[0-2])\\s?[/.-]\\s?(19|20)\\d{2}(?!\\d)");

	private static final String HOUSE_NUMBER = "\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?!\\d)";

	private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";

	/**
	 * "Rue Eloy 26 bus 3", "chaussée de Waterloo 1020", "Kerkstraat 12", "Grote Markt 7",
	 * and the French order "26, rue Eloy".
	 */
	private static final Pattern ADDRESS = Pattern.compile("(?u)"
			+ "(?:\\b(?i:rue|avenue|av\\.|boulevard|bd|chauss[ée]e|ch\\.|place|square|quai|chemin|all[ée]e|impasse"
			+ "|clos|dr[èe]ve|parvis|galerie|passage|rond-point|sentier|venelle|cours|cit[ée]|r[ée]sidence|drève)"
			+ "\\s+(?:(?i:de\\s+la|de\\s+l['’]|de|du|des|d['’]|l['’]|la|le|les|van\\s+de|van|der|den)\\s*)?" + NAME_WORD
			+ "(?:[\\s-]+(?:(?i:de|du|des|la|le|et|van|der)\\s+)?" + NAME_WORD + "){0,3}" + ",?\\s+" + HOUSE_NUMBER
			+ ")"
			+ "|(?:\\b\\p{Lu}[\\p{L}'’-]*(?:straat|laan|lei|steenweg|weg|plein|dreef|kaai|baan|plaats|markt|hof|dijk"
			+ "|singel|vest|gracht|berg|wal|pad|park|square)\\s+" + HOUSE_NUMBER + ")" + "|(?:\\b" + NAME_WORD
			+ "\\s+(?:Markt|Plein|Straat|Laan|Steenweg|Dreef|Kaai)\\s+" + HOUSE_NUMBER + ")"
			+ "|(?:(?<![\\d.,])\\d{1,4}(?:\\s?bis)?,?\\s+(?i:rue|avenue|boulevard|chauss[ée]e|place|quai|chemin|all[ée]e|impasse)"
			+ "\\s+(?:(?i:de\\s+la|de\\s+l['’]|de|du|des|d['’]|l['’]|la|le|les)\\s*)?" + NAME_WORD + ")");

	/**
	 * A civility followed by a capitalised name; a single capital ("Monsieur X") is how
	 * people are kept anonymous and is let through.
	 */
	private static final Pattern NAME = Pattern.compile("(?u)"
			+ "(?:\\b(?i:madame|mevrouw|monsieur|meneer|mademoiselle|juffrouw|de\\s+heer)|\\b(?:Mme|Mlle|Mevr|Dhr|Mw|Mr|Mrs|Ms|Mej)\\.?"
			+ "|(?<![\\p{L}.])M\\.)" + "\\s+(?:(?:van|de|der|den|le|la|du|d['’])\\s+)?(?:\\p{Lu}\\.\\s*)?"
			+ "\\p{Lu}[\\p{L}'’-]+");

	private IdentifyingData() {
	}

	static Set<Kind> in(String text) {
		Set<Kind> found = EnumSet.noneOf(Kind.class);
		if (text == null || text.isBlank()) {
			return found;
		}
		Matcher national = NATIONAL_NUMBER.matcher(text);
		while (national.find()) {
			if ((validNationalNumber(national) && plausibleBirth(national)) || NATIONAL_NUMBER_WORD
				.matcher(text.substring(Math.max(0, national.start() - 60), national.start()))
				.find()) {
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
		if (ADDRESS.matcher(text).find()) {
			found.add(Kind.ADDRESS);
		}
		if (NAME.matcher(text).find()) {
			found.add(Kind.NAME);
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

	/**
	 * Month 0-12 (0 when unknown), plus 20 or 40 for a BIS number; day 0-31 (0 when
	 * unknown).
	 */
	private static boolean plausibleBirth(Matcher match) {
		int month = Integer.parseInt(match.group(2)) % 20;
		int day = Integer.parseInt(match.group(3));
		return Integer.parseInt(match.group(2)) < 60 && month <= 12 && day <= 31;
	}

}
