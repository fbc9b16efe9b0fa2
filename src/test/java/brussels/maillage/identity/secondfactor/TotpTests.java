package brussels.maillage.identity.secondfactor;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP against the test vectors of RFC 6238 (appendix B, SHA-1 with the 20-byte ASCII key
 * "12345678901234567890") and Base32 against those of RFC 4648 (section 10).
 */
class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void testsOwnImplementationGivesTheRfc6238Vectors() {
		assertThat(Rfc6238.code(RFC_KEY, 59L, 8)).isEqualTo("94287082");
		assertThat(Rfc6238.code(RFC_KEY, 1111111109L, 8)).isEqualTo("07081804");
		assertThat(Rfc6238.code(RFC_KEY, 1111111111L, 8)).isEqualTo("14050471");
		assertThat(Rfc6238.code(RFC_KEY, 1234567890L, 8)).isEqualTo("89005924");
		assertThat(Rfc6238.code(RFC_KEY, 2000000000L, 8)).isEqualTo("69279037");
		assertThat(Rfc6238.code(RFC_KEY, 20000000000L, 8)).isEqualTo("65353130");
	}

	@Test
	void applicationGivesTheLastSixDigitsOfTheRfc6238Vectors() {
		assertThat(Totp.code(RFC_KEY, 59L / 30)).isEqualTo("287082");
		assertThat(Totp.code(RFC_KEY, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.code(RFC_KEY, 1111111111L / 30)).isEqualTo("050471");
		assertThat(Totp.code(RFC_KEY, 1234567890L / 30)).isEqualTo("005924");
		assertThat(Totp.code(RFC_KEY, 2000000000L / 30)).isEqualTo("279037");
		assertThat(Totp.code(RFC_KEY, 20000000000L / 30)).isEqualTo("353130");
	}

	@Test
	void encodesBase32AsRfc4648() {
		assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Totp.base32("fo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXQ");
		assertThat(Totp.base32("foob".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YQ");
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Rfc6238.base32("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Totp.fromBase32("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void writesTheUriAuthenticatorAppsRead() {
		assertThat(Totp.uri("Maillage", "nord@example.be", "JBSWY3DPEHPK3PXP"))
			.isEqualTo("otpauth://totp/Maillage:nord%40example.be?secret=JBSWY3DPEHPK3PXP&issuer=Maillage"
					+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void drawsTheQrCodeAsSvg() {
		String svg = QrCodes.svg("otpauth://totp/Maillage:a%40b.be?secret=JBSWY3DPEHPK3PXP");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path").endsWith("</svg>");
	}

}
