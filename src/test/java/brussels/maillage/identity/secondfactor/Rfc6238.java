package brussels.maillage.identity.secondfactor;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own TOTP, written from RFC 6238 (section 4 and the reference code of its
 * appendix A) and RFC 4648 (Base32), independent of the application's, so that the codes
 * the tests type come from the standard rather than from the code under test.
 */
final class Rfc6238 {

	private Rfc6238() {
	}

	/** The code for Unix time {@code seconds}, with X = 30 and T0 = 0 (SHA-1). */
	static String code(byte[] key, long seconds, int digits) {
		long t = seconds / 30;
		byte[] message = ByteBuffer.allocate(8).putLong(t).array();
		try {
			Mac hmac = Mac.getInstance("HmacSHA1");
			hmac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = hmac.doFinal(message);
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			StringBuilder result = new StringBuilder(Integer.toString(otp));
			while (result.length() < digits) {
				result.insert(0, '0');
			}
			return result.toString();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The 6-digit code an authenticator app shows at {@code instant}. */
	static String appCode(String base32Key, Instant instant) {
		return code(base32(base32Key), instant.getEpochSecond(), 6);
	}

	/** Base32 (RFC 4648, section 6), ignoring spaces and padding. */
	static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").replace("=", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(Character.toUpperCase(c));
			bits += 5;
			if (bits >= 8) {
				out.write((int) (buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
