package brussels.maillage.system.forms;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of e-mail and web addresses typed in a form: pure functions, checked by
 * {@link EmailAddress} and {@link WebAddress}.
 */
final class AddressRules {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private AddressRules() {
	}

	/** Whether {@code value} is empty or an e-mail address of at most 254 characters. */
	static boolean isEmailOrEmpty(String value) {
		return value == null || value.isBlank()
				|| (value.strip().length() <= 254 && EMAIL.matcher(value.strip()).matches());
	}

	/**
	 * Whether {@code value} is empty or a full http(s) address with a dotted host, of at
	 * most 500 characters.
	 */
	static boolean isWebAddressOrEmpty(String value) {
		if (value == null || value.isBlank()) {
			return true;
		}
		try {
			URI uri = new URI(value.strip());
			return uri.getScheme() != null && List.of("http", "https").contains(uri.getScheme().toLowerCase())
					&& uri.getHost() != null && uri.getHost().contains(".") && value.strip().length() <= 500;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
