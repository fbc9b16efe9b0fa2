package brussels.maillage.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords shipped with Maillage
 * ({@code identity/common-passwords.txt}, provenance beside it), compared ignoring case
 * (ASVS 2.1.7). Only entries as long as the minimum length are kept in memory: shorter
 * passwords are refused by the length rule.
 */
public final class CommonPasswords {

	/** The shortest password accepted. */
	public static final int MINIMUM_LENGTH = 12;

	private static final Set<String> common = load();

	private CommonPasswords() {
	}

	/** Whether {@code password} is on the list, ignoring case. */
	public static boolean isCommon(String password) {
		return password != null && common.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = CommonPasswords.class.getResourceAsStream("/identity/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("identity/common-passwords.txt is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.strip().length() >= MINIMUM_LENGTH) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
