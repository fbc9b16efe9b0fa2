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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTML forms under hostile input (FormFuzzTests, FormFuzzBenchmark): signs in, walks
 * the pages a role reaches from its navigation (same host, GET only, a bounded number of
 * pages, one page per address shape), reads every form (method, action, fields, CSRF
 * token) and submits it again with one field at a time set to a hostile value, the others
 * as the page rendered them; it also asks for the pages and posts the forms with unknown
 * ids in their path. An answer fails when it is a 5xx, shows a stack trace or the
 * database's words, or re-renders the form without the value typed into a field a person
 * types into (or answers it with a bare error page). Forms that delete, erase, remove,
 * cancel, sign out, change passwords, second factors or accounts are never submitted.
 */
final class FormFuzzer {

	static final String PASSWORD = "demo-maillage-2026";

	/** Actions never submitted: they delete, erase or change the shared demo accounts. */
	static final Pattern SKIPPED_ACTIONS = Pattern.compile(
			"/logout|/login|delete|/remove|erase|/effacer|/annuler|/cancel|password|second-factor|/admin/users|/account"
					+ "|/sessions|/tokens|/import|/download|/end$");

	/** Links never followed: files, the API, static resources, signing out. */
	private static final Pattern SKIPPED_LINKS = Pattern.compile("^//|/logout|^/api/|/webjars/|^/css/|^/js/|^/images/"
			+ "|\\.(css|js|png|svg|ico|pdf|xlsx|csv|ics|zip|json|xml|txt)(\\?|$)|/export|/download|format=|/actuator"
			+ "|[?&]lang=|/calendar|/pdf|/xlsx|/csv|/print");

	private static final List<String> STACK_OR_SQL = List.of("at brussels.", "at org.", "at java.", "Exception",
			"SQLState", "org.postgresql", "PSQL", "violates", "ERROR:");

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern FIELD = Pattern.compile(
			"<input\\b[^>]*>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>|<button\\b[^>]*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.@-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))?");

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");

	private static final Pattern ID_SEGMENT = Pattern
		.compile("/(\\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$|\\?)");

	/** The input types a person types into: what they typed must come back. */
	private static final Set<String> TYPED = Set.of("text", "textarea", "email", "search", "tel", "url", "number",
			"date", "time", "datetime-local", "month");

	private final String base;

	private final Values values;

	private final int maxPages;

	final List<String> failures = new ArrayList<>() {

		@Override
		public boolean add(String failure) {
			if (FormFuzzer.this.known.matcher(failure).find()) {
				return FormFuzzer.this.knownFailures.add(failure);
			}
			if (FormFuzzer.this.verbose) {
				System.out.println("FAIL " + failure);
			}
			return super.add(failure);
		}

	};

	/**
	 * The long texts a form took (answered with a redirect): fields without a length
	 * limit.
	 */
	final Set<String> accepted = new java.util.TreeSet<>();

	boolean verbose;

	/**
	 * Failures known and not yet fixed, matched against each failure (kept apart,
	 * printed).
	 */
	Pattern known = Pattern.compile("$^");

	final List<String> knownFailures = new ArrayList<>();

	/**
	 * Actions not submitted beside the fixed list (the suite's variant: state changes).
	 */
	Pattern alsoSkipped = Pattern.compile("$^");

	final Set<String> skipped = new java.util.TreeSet<>();

	int requests;

	int forms;

	FormFuzzer(int port, Values values, int maxPages) {
		this.base = "http://localhost:" + port;
		this.values = values;
		this.maxPages = maxPages;
	}

	/** Walks and fuzzes as one account (null: without signing in). */
	void fuzzAs(String email, List<String> seeds) {
		Client client = new Client(email);
		if (email != null) {
			client.get("/login");
			Map<String, String> login = new LinkedHashMap<>();
			login.put("email", email);
			login.put("password", PASSWORD);
			login.put("_csrf", client.csrf);
			HttpResponse<String> answer = client.send("POST", "/login", form(login));
			if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
				this.failures.add(email + ": cannot sign in (" + answer.statusCode() + ")");
				return;
			}
		}
		Set<String> shapes = new LinkedHashSet<>();
		Set<String> formShapes = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(seeds);
		int pages = 0;
		while (!queue.isEmpty() && pages < this.maxPages) {
			String path = queue.poll();
			if (!shapes.add(shape(path))) {
				continue;
			}
			pages++;
			HttpResponse<String> page = client.get(path);
			check(email, "GET " + path, page, null, null, null);
			if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").contains("html")) {
				continue;
			}
			unknownIds(client, email, "GET", path, Map.of());
			Matcher links = LINK.matcher(page.body());
			while (links.find()) {
				String link = unescape(links.group(1)).replaceAll("#.*", "");
				if (!SKIPPED_LINKS.matcher(link).find() && !shapes.contains(shape(link))) {
					queue.add(link);
				}
			}
			for (Form form : forms(path, page.body())) {
				if (formShapes.add(form.method + " " + shape(form.action) + " " + form.fields.keySet())) {
					fuzz(client, email, form);
				}
			}
		}
	}

	private void fuzz(Client client, String who, Form form) {
		String path = form.action.replaceAll("\\?.*", "");
		if (SKIPPED_ACTIONS.matcher(path).find() || this.alsoSkipped.matcher(path).find()) {
			this.skipped.add(form.method + " " + shape(form.action));
			return;
		}
		if (form.multipart) {
			this.skipped.add(form.method + " " + shape(form.action) + " (file upload)");
			return;
		}
		this.forms++;
		for (Map.Entry<String, Field> entry : form.fields.entrySet()) {
			Field field = entry.getValue();
			if (field.name.equals("_csrf")) {
				continue;
			}
			for (String value : this.values.of(field.type)) {
				Map<String, String> sent = new LinkedHashMap<>(form.values());
				sent.put(field.name, value);
				HttpResponse<String> answer = submit(client, form, form.action, sent);
				check(who, form.method + " " + form.action + " [" + field.name + "=" + abbreviate(value) + "]", answer,
						field, value, form);
			}
		}
		unknownIds(client, who, form.method, form.action, form.values());
	}

	private void unknownIds(Client client, String who, String method, String action, Map<String, String> fields) {
		Matcher id = ID_SEGMENT.matcher(action);
		while (id.find()) {
			for (String unknown : this.values.ids()) {
				String target = action.substring(0, id.start(1)) + URLEncoder.encode(unknown, StandardCharsets.UTF_8)
						+ action.substring(id.end(1));
				HttpResponse<String> answer = method.equals("GET") ? client.get(target)
						: client.send("POST", target, form(fields));
				check(who, method + " " + target + " [unknown id]", answer, null, null, null);
			}
		}
	}

	private HttpResponse<String> submit(Client client, Form form, String action, Map<String, String> sent) {
		if (form.method.equals("GET")) {
			String query = form(sent);
			return client.get(action.replaceAll("\\?.*", "") + (query.isEmpty() ? "" : "?" + query));
		}
		return client.send("POST", action, form(sent));
	}

	private void check(String who, String what, HttpResponse<String> answer, Field field, String value, Form form) {
		this.requests++;
		String label = ((who != null) ? who.replace("@demo.maillage.brussels", "") : "anonymous") + " " + what + " → "
				+ answer.statusCode();
		if (answer.statusCode() >= 500) {
			this.failures.add(label + ": " + abbreviate(text(answer.body())));
			return;
		}
		for (String marker : STACK_OR_SQL) {
			if (answer.body().contains(marker)) {
				this.failures.add(label + ": shows \"" + marker + "\"");
				return;
			}
		}
		// An address over 8 KB is refused by the server before the application (a URL too
		// long): a search box's 10,000 characters cannot come back.
		boolean tooLongForAnAddress = form != null && form.method.equals("GET") && value.length() > 4_000;
		if (field == null || !TYPED.contains(field.type) || value.isEmpty() || value.contains("\u0000")
				|| tooLongForAnAddress) {
			return;
		}
		int status = answer.statusCode();
		if (status == 302 && value.length() > 1000) {
			this.accepted.add(form.method + " " + shape(form.action) + " " + field.name);
		}
		if (status != 200 && status != 400 && status != 422) {
			return;
		}
		Field again = null;
		for (Form shown : forms(form.action, answer.body())) {
			if (shown.action.equals(form.action) && shown.fields.containsKey(field.name)) {
				again = shown.fields.get(field.name);
			}
		}
		if (again == null && status != 200) {
			this.failures.add(label + ": the form is not shown again, what was typed is lost");
		}
		else if (again != null && !again.value.equals(value) && !again.value.equals(value.strip())) {
			this.failures.add(label + ": the field shows \"" + abbreviate(again.value) + "\" instead");
		}
	}

	/** The forms of a page, their fields as rendered. */
	static List<Form> forms(String page, String html) {
		List<Form> forms = new ArrayList<>();
		Matcher form = FORM.matcher(html);
		while (form.find()) {
			Map<String, String> attributes = attributes(form.group(1));
			String method = attributes.getOrDefault("method", "get").toUpperCase(Locale.ROOT);
			String action = attributes.getOrDefault("action", page);
			if (attributes.containsKey("hx-post")) {
				method = "POST";
				action = attributes.get("hx-post");
			}
			if (action.isEmpty()) {
				action = page;
			}
			if (!action.startsWith("/")) {
				continue;
			}
			Map<String, Field> fields = new LinkedHashMap<>();
			Matcher field = FIELD.matcher(form.group(2));
			boolean button = false;
			while (field.find()) {
				String tag = field.group();
				String lower = tag.substring(1, 7).toLowerCase(Locale.ROOT);
				Map<String, String> a = attributes(
						(field.group(1) != null) ? field.group(1) : (field.group(3) != null) ? field.group(3) : tag);
				String name = a.get("name");
				if (name == null || a.containsKey("disabled") || fields.containsKey(name)) {
					continue;
				}
				if (lower.startsWith("select")) {
					String selected = null;
					Matcher option = OPTION.matcher(field.group(2));
					while (option.find()) {
						Map<String, String> o = attributes(option.group(1));
						if (selected == null || o.containsKey("selected")) {
							selected = o.getOrDefault("value", "");
						}
					}
					fields.put(name, new Field(name, "select", (selected != null) ? selected : ""));
				}
				else if (lower.startsWith("textar")) {
					fields.put(name, new Field(name, "textarea", unescape(field.group(4)).replaceFirst("^\n", "")));
				}
				else if (lower.startsWith("button")) {
					if (!button && a.containsKey("value")) {
						button = true;
						fields.put(name, new Field(name, "button", a.get("value")));
					}
				}
				else {
					String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
					boolean box = type.equals("checkbox") || type.equals("radio");
					if (type.equals("file") || type.equals("submit") || (box && !a.containsKey("checked")
							&& !(type.equals("radio") && !fields.containsKey(name)))) {
						continue;
					}
					fields.put(name, new Field(name, type, a.getOrDefault("value", box ? "on" : "")));
				}
			}
			boolean multipart = attributes.getOrDefault("enctype", "").contains("multipart");
			forms.add(new Form(method, action, fields, multipart));
		}
		return forms;
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(tag.replaceFirst("^<\\w+", ""));
		while (attribute.find()) {
			String value = (attribute.group(2) != null) ? attribute.group(2)
					: (attribute.group(3) != null) ? attribute.group(3) : "";
			attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
		}
		return attributes;
	}

	/** An address with its ids and query left out: one page of each shape is walked. */
	static String shape(String path) {
		return ID_SEGMENT.matcher(path.replaceAll("\\?.*", "")).replaceAll("/{id}");
	}

	static String unescape(String html) {
		Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(html);
		StringBuilder text = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String replacement = switch (name) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
						: Integer.parseInt(name.substring(1)));
			};
			entity.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		return entity.appendTail(text).toString();
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String text(String html) {
		return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
	}

	static String abbreviate(String text) {
		String single = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return (single.length() > 100) ? single.substring(0, 100) + "… (" + single.length() + " chars)" : single;
	}

	/** The hostile values sent, per type of field. */
	interface Values {

		List<String> of(String type);

		List<String> ids();

	}

	record Field(String name, String type, String value) {
	}

	record Form(String method, String action, Map<String, Field> fields, boolean multipart) {

		Map<String, String> values() {
			Map<String, String> values = new LinkedHashMap<>();
			this.fields.values().forEach((field) -> values.put(field.name, field.value));
			return values;
		}

	}

	/** A browser without rendering: cookies, the CSRF token of the last page read. */
	private final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String who;

		String csrf = "";

		Client(String who) {
			this.who = who;
		}

		HttpResponse<String> get(String path) {
			return send("GET", path, null);
		}

		HttpResponse<String> send(String method, String path, String body) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FormFuzzer.this.base + path))
				.header("Accept-Language", "fr")
				.header("Accept", "text/html");
			if (body != null) {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.method(method, HttpRequest.BodyPublishers.ofString(body));
			}
			try {
				HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(answer.body());
				if (token.find()) {
					this.csrf = token.group(1);
				}
				return answer;
			}
			catch (IOException ex) {
				throw new IllegalStateException(this.who + " " + method + " " + path, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
