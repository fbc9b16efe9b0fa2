package brussels.maillage.system.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address that a client is counted under: the request's remote address, which is the
 * proxy's own unless forwarded headers are trusted ({@code MAILLAGE_FORWARD_HEADERS},
 * applied by the server or Spring's {@code ForwardedHeaderFilter} before this is read).
 * An IPv6 address counts for its /64 network, since one subscriber usually holds a whole
 * /64.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		return normalize(request.getRemoteAddr());
	}

	static String normalize(String remote) {
		if (remote == null || remote.isBlank()) {
			return "unknown";
		}
		String literal = remote.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		if (literal.indexOf(':') < 0) {
			return literal;
		}
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		try {
			// A literal with ':' is parsed as an IPv6 address, never looked up.
			InetAddress address = InetAddress.getByName(literal);
			if (address instanceof Inet6Address) {
				byte[] network = Arrays.copyOf(address.getAddress(), 16);
				Arrays.fill(network, 8, 16, (byte) 0);
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}

}
