package brussels.maillage.system.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail and web addresses as editors and the public type them in the directory's forms.
 */
class AddressRulesTests {

	@Test
	void anEmailAddressHasOneAtAndADottedDomain() {
		assertThat(AddressRules.isEmailOrEmpty("info@cpas-uccle.be")).isTrue();
		assertThat(AddressRules.isEmailOrEmpty("  accueil@mm-nord.brussels ")).isTrue();
		assertThat(AddressRules.isEmailOrEmpty("")).isTrue();
		assertThat(AddressRules.isEmailOrEmpty(null)).isTrue();
		assertThat(AddressRules.isEmailOrEmpty("pas-une-adresse")).isFalse();
		assertThat(AddressRules.isEmailOrEmpty("x@")).isFalse();
		assertThat(AddressRules.isEmailOrEmpty("a@b@c.be")).isFalse();
		assertThat(AddressRules.isEmailOrEmpty("info@exemple.b")).isFalse();
		assertThat(AddressRules.isEmailOrEmpty("a".repeat(250) + "@x.be")).isFalse();
	}

	@Test
	void aWebAddressIsFullWithHttpOrHttps() {
		assertThat(AddressRules.isWebAddressOrEmpty("https://www.cpas-uccle.be/aide")).isTrue();
		assertThat(AddressRules.isWebAddressOrEmpty("HTTP://example.be")).isTrue();
		assertThat(AddressRules.isWebAddressOrEmpty(" ")).isTrue();
		assertThat(AddressRules.isWebAddressOrEmpty("www.cpas-uccle.be")).isFalse();
		assertThat(AddressRules.isWebAddressOrEmpty("www sans schéma")).isFalse();
		assertThat(AddressRules.isWebAddressOrEmpty("ftp://x")).isFalse();
		assertThat(AddressRules.isWebAddressOrEmpty("https://localhost")).isFalse();
		assertThat(AddressRules.isWebAddressOrEmpty("https://x.be/" + "a".repeat(500))).isFalse();
	}

}
