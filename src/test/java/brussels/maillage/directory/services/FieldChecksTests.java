package brussels.maillage.directory.services;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail and web addresses as editors and the public type them. */
class FieldChecksTests {

	@Test
	void anEmailAddressHasOneAtAndADottedDomain() {
		assertThat(FieldChecks.isEmailOrEmpty("info@cpas-uccle.be")).isTrue();
		assertThat(FieldChecks.isEmailOrEmpty("  accueil@mm-nord.brussels ")).isTrue();
		assertThat(FieldChecks.isEmailOrEmpty("")).isTrue();
		assertThat(FieldChecks.isEmailOrEmpty(null)).isTrue();
		assertThat(FieldChecks.isEmailOrEmpty("pas-une-adresse")).isFalse();
		assertThat(FieldChecks.isEmailOrEmpty("x@")).isFalse();
		assertThat(FieldChecks.isEmailOrEmpty("a@b@c.be")).isFalse();
		assertThat(FieldChecks.isEmailOrEmpty("info@exemple.b")).isFalse();
		assertThat(FieldChecks.isEmailOrEmpty("a".repeat(250) + "@x.be")).isFalse();
	}

	@Test
	void aWebAddressIsFullWithHttpOrHttps() {
		assertThat(FieldChecks.isWebAddressOrEmpty("https://www.cpas-uccle.be/aide")).isTrue();
		assertThat(FieldChecks.isWebAddressOrEmpty("HTTP://example.be")).isTrue();
		assertThat(FieldChecks.isWebAddressOrEmpty(" ")).isTrue();
		assertThat(FieldChecks.isWebAddressOrEmpty("www.cpas-uccle.be")).isFalse();
		assertThat(FieldChecks.isWebAddressOrEmpty("www sans schéma")).isFalse();
		assertThat(FieldChecks.isWebAddressOrEmpty("ftp://x")).isFalse();
		assertThat(FieldChecks.isWebAddressOrEmpty("https://localhost")).isFalse();
		assertThat(FieldChecks.isWebAddressOrEmpty("https://x.be/" + "a".repeat(500))).isFalse();
	}

}
