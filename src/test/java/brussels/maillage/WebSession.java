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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the rendering: cookies, the CSRF token of the last form,
 * real HTTP to the running application. For tests that check what the server answers;
 * {@code BrowserTests} drives Chromium for the rest.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String csrf;

	private String acceptLanguage = "fr";

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public WebSession language(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/** Posts a form as the page would, with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			all.put("_csrf", this.csrf);
		}
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a form whose fields may repeat (check boxes), with the CSRF token of the last
	 * page read.
	 */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
		if (this.csrf != null) {
			all.add(Map.entry("_csrf", this.csrf));
		}
		String body = all.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a file as a form with {@code enctype="multipart/form-data"} would, with the
	 * CSRF token.
	 */
	public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
		String boundary = "----maillage" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.function.Consumer<String> write = (text) -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		if (this.csrf != null) {
			write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
					+ "\r\n");
		}
		write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
		body.writeBytes(content);
		write.accept("\r\n--" + boundary + "--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<String> json(String method, String path, String token, String body) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return send(builder.build());
	}

	/** Signs in through the login form; returns where the login sent the browser. */
	public String login(String email, String password) {
		get("/login");
		HttpResponse<String> response = post("/login", Map.of("email", email, "password", password));
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept-Language", this.acceptLanguage);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
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
