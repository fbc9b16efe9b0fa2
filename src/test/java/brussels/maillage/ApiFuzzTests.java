package brussels.maillage;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.RawHttp.Answer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API under hostile input, driven by its own OpenAPI description: every operation
 * gets hostile values in each parameter and body field (empty, huge, negative and huge
 * numbers, wrong types, malformed percent-encodings, SQL and script text, unicode
 * oddities, null bytes), wrong and malformed content types, huge and deeply nested JSON,
 * with an administrator's token and without one. No answer may be a 5xx, show a stack
 * trace or the database's words. Requests go over raw sockets so that malformed addresses
 * reach the server as sent. Deterministic: fixed values, a fixed seed for the few random
 * ones.
 */
// The application the other tests use: a start of its own (PostgreSQL, migrations, demo
// data, about 40 s of the test JVM's CPU) is paid in full on a suite bound by its CPU
// (docs/testing.md). It writes (a token, what an operation accepts of its example bodies,
// at most one account or registration): it runs after every other class of that
// application (@Order, OutputReadersLast), so that none reads what it wrote.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Order(Integer.MAX_VALUE)
class ApiFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Inserted into addresses as they are: malformed or unusual percent-encodings. */
	private static final List<String> RAW_QUERY_VALUES = List.of("%", "%zz", "%u0041", "%ED%A0%80", "%C0%AF", "%00",
			"%FF%FE", "a%2", "%%", "%E2%82", "%F0%9F%98%80", "+%2B+", "%0D%0AX-Injected:%20yes", "a&b=c&&=", "%5B%5D",
			"%7B%7D");

	/** Encoded properly before they go into an address. */
	private static final List<String> TEXT_VALUES = List.of("", "-1", "-2147483649", "9223372036854775808", "1e309",
			"NaN", "1.5", "' OR '1'='1", "1; DROP TABLE service;--", "<script>alert(1)</script>",
			"../../../../etc/passwd", "${7*7}", "a\u0000b", "\uFEFF\u200B\u202E\uD83D\uDE00", "9999-12-31",
			"2024-02-30", "00000000-0000-0000-0000-000000000000", "*", "\r\n", "x".repeat(10_000));

	/**
	 * The values sent without a token: the ways in that do not depend on what is behind.
	 */
	private static final List<String> ANONYMOUS_VALUES = List.of("", "-1", "' OR '1'='1", "a\u0000b");

	/** Placed in a JSON body instead of a field's value. */
	private static final List<String> JSON_VALUES = List.of("null", "\"\"", "0", "-1", "1e400", "-1e400",
			"123456789012345678901234567890123456789012345678901234567890", "2147483648", "9223372036854775808",
			"1.7976931348623157E309", "true", "[]", "{}", "[null]", "[[]]", "[\"\"]", "[-1]", "[1e400]",
			"[9223372036854775808]", "\"' OR 1=1--\"", "\"<script>alert(1)</script>\"", "\"\\u0000\"", "\"\\ud800\"",
			"\"\\udc00x\"", "\"\\u202e\"", "\"" + "x".repeat(100_000) + "\"", "[" + "1,".repeat(10_000) + "1]",
			"\"not-a-uuid\"", "\"ADMIN\"", "[\"ROOT\"]", "\"9999-99-99\"", nested(1_000));

	/** Whole bodies, whatever the operation expects. */
	private static final List<String> BODIES = List.of("", "null", "[]", "{}", "{", "}", "[", "\"x\"", "1", "{\"a\":}",
			"{'a':1}", "{\"a\":1,}", "\uFEFF{}", nested(100_000), "{\"a\":" + nested(5_000) + "}",
			"[" + "{},".repeat(50_000) + "{}]", "{\"" + "k".repeat(100_000) + "\":1}", "\u0000", "<xml/>");

	/** Content types sent with a JSON body. */
	private static final List<String> CONTENT_TYPES = List.of("*/*", "multipart/form-data",
			"multipart/form-data; boundary=", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
			"text/plain", "application/xml", "application/json; charset=bogus", "application/json; charset=utf-16",
			"garbage", "application/", ";;;", "application/json, text/plain", "image/png", "");

	private static final List<String> STACK_OR_SQL = List.of("at brussels.", "at org.", "at java.", "Exception",
			"ERROR:", "SQLState", "violates", "org.postgresql", "PSQL");

	/** Separates a content type from the length declared for a shorter body. */
	private static final String DECLARED = " declaring ";

	@LocalServerPort
	int port;

	private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

	/** Time spent per operation, to keep the test quick. */
	private final Map<String, Long> slowest = new java.util.concurrent.ConcurrentHashMap<>();

	private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();

	/** A few requests at a time, as clients would send them. */
	private final java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);

	private RawHttp http;

	@Test
	void noOperationAnswersHostileInputWithAServerErrorAStackTraceOrSql() throws Exception {
		long start = System.nanoTime();
		this.http = new RawHttp(this.port);
		String admin = adminToken();
		JsonNode description = JSON.readTree(send("GET", "/api/openapi", null, null, null).body());
		JsonNode schemas = description.path("components").path("schemas");
		Random random = new Random(23);
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				String method = entry.getKey().toUpperCase(Locale.ROOT);
				if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				operations++;
				Operation operation = operation(method, path.getKey(), entry.getValue(), schemas, admin);
				for (String token : new String[] { admin, null }) {
					fuzz(operation, token, random);
				}
			}
		}
		this.clients.shutdown();
		assertThat(this.clients.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		long seconds = (System.nanoTime() - start) / 1_000_000_000;
		System.out.printf("ApiFuzzTests: %d requests to %d operations in %d s, %d failures%n", this.sent.get(),
				operations, seconds, this.failures.size());
		this.slowest.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(5)
			.forEach((entry) -> System.out.printf("  %s: %d ms%n", entry.getKey(), entry.getValue() / 1_000_000));
		assertThat(operations).as("operations in /api/openapi").isGreaterThan(15);
		assertThat(this.failures.stream().sorted().toList())
			.as("answers with a 5xx, a stack trace or SQL (%d requests)", this.sent.get())
			.isEmpty();
	}

	private void fuzz(Operation operation, String token, Random random) {
		// Each parameter in turn gets each hostile value; the others keep a valid value.
		for (String parameter : operation.parameters.keySet()) {
			boolean inPath = operation.path.contains("{" + parameter + "}");
			for (String value : (token != null) ? TEXT_VALUES : ANONYMOUS_VALUES) {
				String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
				check(operation, token, target(operation, parameter, encoded), operation.body, operation.contentType,
						parameter + "=" + abbreviate(value));
			}
			for (String raw : RAW_QUERY_VALUES) {
				if (inPath && raw.contains("&")) {
					continue;
				}
				check(operation, token, target(operation, parameter, raw), operation.body, operation.contentType,
						parameter + " raw " + raw);
			}
		}
		check(operation, token, target(operation, null, null) + (operation.path.contains("?") ? "&" : "?")
				+ "%zz=%zz&unknown=" + "y".repeat(5_000), operation.body, operation.contentType, "unknown parameters");
		if (operation.body == null) {
			// Bodies and content types where none is expected.
			check(operation, token, target(operation, null, null), "{\"a\":1}", "application/json", "unexpected body");
			check(operation, token, target(operation, null, null), "a=%zz", "application/x-www-form-urlencoded",
					"unexpected form");
			return;
		}
		String target = target(operation, null, null);
		if (token != null && operation.body.startsWith("{") && operation.jsonBody) {
			ObjectNode base = (ObjectNode) JSON.readTree(operation.body);
			for (String field : base.propertyNames()) {
				for (String value : JSON_VALUES) {
					String body = replaceField(base, field, value);
					check(operation, token, target, body, operation.contentType, field + "=" + abbreviate(value));
				}
			}
		}
		for (String body : BODIES) {
			check(operation, token, target, body, operation.contentType, "body " + abbreviate(body));
		}
		byte[] noise = new byte[4096];
		random.nextBytes(noise);
		check(operation, token, target, new String(noise, StandardCharsets.ISO_8859_1), operation.contentType,
				"random bytes");
		for (String contentType : CONTENT_TYPES) {
			check(operation, token, target, operation.body, contentType, "Content-Type " + contentType);
		}
		check(operation, token, target, null, null, "no body");
		check(operation, token, target, "{\"a\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}", operation.contentType,
				"3 MB body");
		check(operation, token, target, "x", operation.contentType + DECLARED + "104857600", "declared 100 MB");
	}

	private void check(Operation operation, String token, String target, String body, String contentType, String what) {
		this.clients.execute(() -> checkNow(operation, token, target, body, contentType, what));
	}

	private void checkNow(Operation operation, String token, String target, String body, String contentType,
			String what) {
		Answer answer;
		try {
			answer = send(operation.method, target, token, body, contentType);
		}
		catch (IOException ex) {
			this.failures.add(operation.method + " " + target + " (" + what + "): no answer: " + ex.getMessage());
			return;
		}
		String label = operation.method + " " + abbreviate(target) + " [" + what + ", "
				+ ((token != null) ? "admin" : "anonymous") + "] → " + answer.status();
		if (answer.status() >= 500 || answer.status() < 100) {
			this.failures.add(label + ": " + abbreviate(answer.body()));
			return;
		}
		boolean text = answer.contentType() == null || answer.contentType().contains("json")
				|| answer.contentType().startsWith("text/");
		if (text) {
			for (String marker : STACK_OR_SQL) {
				if (answer.body().contains(marker)) {
					this.failures.add(label + ": contains \"" + marker + "\": " + abbreviate(answer.body()));
					return;
				}
			}
		}
	}

	/** The address of an operation, with one parameter set to a value (as given). */
	private static String target(Operation operation, String parameter, String value) {
		String path = operation.path;
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> entry : operation.parameters.entrySet()) {
			String name = entry.getKey();
			String given = name.equals(parameter) ? value : URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8);
			if (path.contains("{" + name + "}")) {
				path = path.replace("{" + name + "}", given);
			}
			else if (name.equals(parameter) || !entry.getValue().isEmpty()) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(given);
			}
		}
		return path + query;
	}

	private Operation operation(String method, String path, JsonNode description, JsonNode schemas, String admin) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (JsonNode parameter : description.path("parameters").values()) {
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			if (in.equals("path")) {
				parameters.put(name, existingId(path, admin));
			}
			else if (in.equals("query")) {
				parameters.put(name, parameter.path("required").asBoolean() ? example(parameter.path("schema")) : "");
			}
		}
		JsonNode content = description.path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return new Operation(method, path, parameters, null, null, false);
		}
		String contentType = content.propertyNames().iterator().next();
		JsonNode schema = content.path(contentType).path("schema");
		if (schema.has("$ref")) {
			schema = schemas.path(schema.path("$ref").asString().replace("#/components/schemas/", ""));
		}
		boolean json = contentType.contains("json");
		String body = json ? exampleBody(schema, path) : "PK\u0003\u0004not really a zip";
		return new Operation(method, path, parameters, body, contentType, json);
	}

	/**
	 * A body the operation would accept, so that hostile values in one field reach past
	 * the others' checks: the same e-mail address each time, so that at most one account
	 * or registration is made.
	 */
	private static String exampleBody(JsonNode schema, String path) {
		ObjectNode body = JSON.createObjectNode();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String name = property.getKey();
			JsonNode type = property.getValue();
			switch (type.path("type").asString()) {
				case "array" -> {
					if (type.path("items").has("enum")) {
						body.putArray(name).add(type.path("items").path("enum").get(0).asString());
					}
					else if (type.path("items").path("type").asString().equals("integer")) {
						body.putArray(name).add(1);
					}
					else {
						body.putArray(name);
					}
				}
				case "boolean" -> body.put(name, true);
				case "integer", "number" -> body.put(name, 1);
				default -> body.put(name, switch (name) {
					case "email" -> "api-fuzz@fuzz.example";
					case "password" -> "api-fuzz-password-2026";
					case "language" -> "fr";
					default -> "API fuzz " + name;
				});
			}
		}
		return body.toString();
	}

	private static String example(JsonNode schema) {
		return switch (schema.path("type").asString()) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> schema.has("enum") ? schema.path("enum").get(0).asString() : "x";
		};
	}

	/** An id that exists, from the collection the path belongs to (or 1). */
	private String existingId(String path, String admin) {
		String collection = path.substring(0, path.lastIndexOf('/', path.indexOf('{')));
		if (collection.endsWith("/requests")) {
			collection = collection.replace("/requests", "/statistics");
		}
		try {
			String body = send("GET", collection, admin, null, null).body();
			Matcher id = Pattern.compile("\"(?:id|code)\"\\s*:\\s*\"?([A-Za-z0-9_-]+)").matcher(body);
			if (id.find()) {
				return id.group(1);
			}
		}
		catch (IOException ex) {
			// Falls back below.
		}
		return "1";
	}

	private static String replaceField(ObjectNode base, String field, String value) {
		StringBuilder body = new StringBuilder("{");
		for (String name : base.propertyNames()) {
			if (body.length() > 1) {
				body.append(',');
			}
			body.append('"').append(name).append("\":").append(name.equals(field) ? value : base.get(name).toString());
		}
		return body.append('}').toString();
	}

	private static String nested(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

	private String adminToken() {
		WebSession session = new WebSession(this.port);
		session.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "API fuzz test", "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).as("a token was shown").isTrue();
		return token.group(1);
	}

	private Answer send(String method, String target, String token, String body, String contentType)
			throws IOException {
		this.sent.incrementAndGet();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", "application/json");
		headers.put("Accept-Language", "fr");
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		if (contentType != null && contentType.contains(DECLARED)) {
			// A length declared larger than the body sent.
			headers.put("Content-Type", contentType.substring(0, contentType.indexOf(DECLARED)));
			headers.put("Content-Length", contentType.substring(contentType.indexOf(DECLARED) + DECLARED.length()));
		}
		else if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		long start = System.nanoTime();
		Answer answer = this.http.send(method, target, headers, body);
		this.slowest.merge(method + " " + target.replaceAll("\\?.*", ""), System.nanoTime() - start, Long::sum);
		return answer;
	}

	private static String abbreviate(String text) {
		String single = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return (single.length() > 160) ? single.substring(0, 160) + "… (" + single.length() + " chars)" : single;
	}

	private record Operation(String method, String path, Map<String, String> parameters, String body,
			String contentType, boolean jsonBody) {
	}

}
