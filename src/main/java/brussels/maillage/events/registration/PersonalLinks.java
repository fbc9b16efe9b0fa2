package brussels.maillage.events.registration;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens of personal links of registrations (open doors make theirs alike): 32 random
 * bytes, URL-safe.
 */
final class PersonalLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PersonalLinks() {
	}

	/** A new token. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
