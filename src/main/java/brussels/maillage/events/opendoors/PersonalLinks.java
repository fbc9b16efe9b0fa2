package brussels.maillage.events.opendoors;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens of the personal links of open doors (a visit, a host's offer): 32 random
 * bytes, URL-safe, as those of registrations.
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
