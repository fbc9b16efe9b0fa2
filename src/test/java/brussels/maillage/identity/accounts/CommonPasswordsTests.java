package brussels.maillage.identity.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of common passwords shipped with Maillage, compared ignoring case. */
class CommonPasswordsTests {

	@Test
	void refusesCommonPasswordsIgnoringCase() {
		// Entries of the shipped list (identity/common-passwords.txt): lines 1472, 4298,
		// 12512.
		assertThat(CommonPasswords.isCommon("1qaz2wsx3edc")).isTrue();
		assertThat(CommonPasswords.isCommon("QwertyQwerty")).isTrue();
		assertThat(CommonPasswords.isCommon("1qaz2wsx3edc4rfv")).isTrue();
		assertThat(CommonPasswords.isCommon("correct horse battery")).isFalse();
		assertThat(CommonPasswords.isCommon("demo-maillage-2026")).isFalse();
	}

}
