package brussels.maillage.system.ratelimit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where public writes and the login are rate limited, before Spring
 * Security and the controllers: each request that a rule matches is counted, and the
 * first count that is used up answers 429 with {@code Retry-After}, as an RFC 9457
 * problem under {@code /api/} and as a page in the reader's language elsewhere. Every
 * attempt counts, refused or not by the controller. When the database cannot count, the
 * request goes through (logged): a limit must not take the forms down.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** The internal address of the page that explains the refusal (forward only). */
	static final String PAGE = "/too-many-requests";

	/** Request attribute: seconds to wait, for the page. */
	static final String WAIT_SECONDS = RateLimitFilter.class.getName() + ".waitSeconds";

	/** JSON bodies larger than this are passed on without looking for an e-mail field. */
	static final int MAX_INSPECTED_BODY = 64 * 1024;

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<RateLimitRule> rules;

	private final RateLimiter limiter;

	private final RateLimitAnswers answers;

	RateLimitFilter(List<RateLimitRule> rules, RateLimiter limiter, RateLimitAnswers answers) {
		this.rules = rules.stream().filter((rule) -> rule.limit().on()).toList();
		this.limiter = limiter;
		this.answers = answers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.rules.isEmpty() || !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		HttpServletRequest current = request;
		String address = null;
		for (RateLimitRule rule : this.rules) {
			Optional<String> target = rule.match(request.getMethod(), container);
			if (target.isEmpty() || !rule.applies().test(current)) {
				continue;
			}
			if (rule.per() == RateLimitRule.Per.RECIPIENT && isJson(current) && !(current instanceof BufferedBody)) {
				current = new BufferedBody(current);
			}
			if (address == null) {
				address = ClientAddress.of(request);
			}
			String subject = switch (rule.per()) {
				case ADDRESS -> address;
				case ADDRESS_AND_TARGET -> address + " " + target.get();
				case RECIPIENT -> recipient(current, rule.field());
			};
			if (subject == null) {
				continue;
			}
			Optional<Duration> wait;
			try {
				wait = this.limiter.take(rule.bucket(), rule.limit(), subject);
			}
			catch (RuntimeException ex) {
				log.warn("Rate limits could not be counted, {} {} let through: {}", request.getMethod(), path,
						ex.toString());
				break;
			}
			if (wait.isPresent()) {
				refuse(current, response, path, wait.get());
				return;
			}
		}
		chain.doFilter(current, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Duration wait)
			throws ServletException, IOException {
		long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
		response.setHeader("Retry-After", Long.toString(seconds));
		if (path.equals("/api") || path.startsWith("/api/")) {
			this.answers.problem(request, response, seconds);
			return;
		}
		request.setAttribute(WAIT_SECONDS, seconds);
		response.setStatus(429);
		request.getRequestDispatcher(PAGE).forward(new AsGet(request), response);
	}

	/** The e-mail address typed in {@code field}, trimmed and in lower case, or null. */
	static String recipient(HttpServletRequest request, String field) {
		String value;
		if (request instanceof BufferedBody body) {
			value = body.field(field);
		}
		else if (isJson(request)) {
			value = null;
		}
		else {
			value = request.getParameter(field);
		}
		if (value == null || value.isBlank() || value.length() > 320) {
			return null;
		}
		return value.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).contains("json");
	}

	/**
	 * The request with its JSON body read ahead (up to {@link #MAX_INSPECTED_BODY}) and
	 * given again, whole, to whoever reads it next.
	 */
	static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] head;

		private final boolean complete;

		private boolean replayed;

		BufferedBody(HttpServletRequest request) throws IOException {
			super(request);
			this.head = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
			this.complete = this.head.length <= MAX_INSPECTED_BODY;
		}

		/** A text field at the top of the JSON object, or null. */
		String field(String name) {
			if (!this.complete || this.head.length == 0) {
				return null;
			}
			try {
				JsonNode node = JSON.readTree(this.head).path(name);
				return node.isString() ? node.stringValue() : null;
			}
			catch (JacksonException ex) {
				// Not JSON: the controller answers it as such.
				return null;
			}
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.replayed) {
				throw new IllegalStateException("The request body was already read");
			}
			this.replayed = true;
			InputStream rest = this.complete ? InputStream.nullInputStream() : super.getInputStream();
			return new Replay(new SequenceInputStream(new ByteArrayInputStream(this.head), rest));
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

	private static final class Replay extends ServletInputStream {

		private final InputStream in;

		private boolean finished;

		Replay(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			this.finished = b < 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			this.finished = n < 0;
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.finished;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("Blocking reads only");
		}

	}

	/** The refused POST shown as the page that explains it, past CSRF and the login. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
