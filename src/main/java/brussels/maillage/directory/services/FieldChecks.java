package brussels.maillage.directory.services;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** Checks of e-mail addresses and web addresses typed in the directory's forms. */
public final class FieldChecks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private FieldChecks() {
	}

	public static void checkEmail(String value, String field, Errors errors) {
		if (value != null && !value.isBlank()
				&& (value.strip().length() > 254 || !EMAIL.matcher(value.strip()).matches())) {
			errors.rejectValue(field, "directory.edit.email.invalid");
		}
	}

	public static void checkUrl(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(value.strip());
			if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase())
					|| uri.getHost() == null || !uri.getHost().contains(".") || value.strip().length() > 500) {
				errors.rejectValue(field, "directory.edit.url.invalid");
			}
		}
		catch (Exception ex) {
			errors.rejectValue(field, "directory.edit.url.invalid");
		}
	}

}
