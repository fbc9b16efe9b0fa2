package brussels.maillage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files (PDF, XLSX, CSV) read as bytes, signed in or not, as a browser downloads them;
 * {@link #signIn} takes a demo account's name ("sud", "coordination") and the demo
 * password.
 */
public final class Downloads {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final int port;

	private final String language;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public Downloads(int port, String language) {
		this.port = port;
		this.language = language;
	}

	public Downloads signIn(String account) {
		Matcher csrf = CSRF.matcher(new String(get("/login").body(), StandardCharsets.UTF_8));
		if (!csrf.find()) {
			throw new IllegalStateException("no login form");
		}
		String form = "email=" + encode(account + "@demo.maillage.brussels") + "&password="
				+ encode("demo-maillage-2026") + "&_csrf=" + encode(csrf.group(1));
		send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		return this;
	}

	public HttpResponse<byte[]> get(String path) {
		return send(request(path).GET().build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", this.language);
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
