package brussels.maillage.system.web;

import brussels.maillage.system.Problems;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

/**
 * Errors that Tomcat answers itself, before the application sees the request (an address
 * whose percent-encoding cannot be decoded, a character not allowed in it): a problem
 * document for {@code /api/**}, otherwise a short page in the reader's language, instead
 * of Tomcat's own report.
 */
class ContainerErrorValve extends ErrorReportValve {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ContainerErrorValve(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int statusCode = response.getStatus();
		if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(statusCode);
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		Locale locale = locale(request);
		String kind = Problems.kind(status);
		String uri = request.getRequestURI();
		try {
			response.setCharacterEncoding("UTF-8");
			if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("type", "about:blank");
				problem.put("title", text("problem." + kind + ".title", status.getReasonPhrase(), locale));
				problem.put("status", status.value());
				problem.put("detail", text(
						(status == HttpStatus.BAD_REQUEST) ? "problem.address.detail" : "problem." + kind + ".detail",
						"", locale));
				response.setContentType("application/problem+json");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(this.json.writeValueAsString(problem));
				}
			}
			else {
				response.setContentType("text/html;charset=UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status, kind, locale));
				}
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: nothing more to do.
		}
	}

	private String page(HttpStatus status, String kind, Locale locale) {
		String title = escape(text("error." + kind + ".title", status.getReasonPhrase(), locale));
		return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
				+ " – Maillage</title>\n<link rel=\"stylesheet\" href=\"/css/maillage.css\">\n</head>\n<body>\n"
				+ "<main id=\"content\" class=\"error-page\">\n<h1>" + title + "</h1>\n<p class=\"lead\">"
				+ escape(text("error." + kind + ".text", "", locale)) + "</p>\n<p class=\"muted\">"
				+ escape(this.messages.getMessage("error.code", new Object[] { status.value() },
						String.valueOf(status.value()), locale))
				+ "</p>\n<p><a href=\"/\" class=\"button\">" + escape(text("error.home", "/", locale))
				+ "</a></p>\n</main>\n</body>\n</html>\n";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private String text(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	/** The language chosen with the switch (its cookie), else the browser's. */
	private static Locale locale(Request request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("maillage-lang".equals(cookie.getName())) {
					for (Locale supported : WebConfiguration.SUPPORTED) {
						if (supported.getLanguage().equals(cookie.getValue())) {
							return supported;
						}
					}
				}
			}
		}
		return WebConfiguration.fromAcceptLanguage(request);
	}

}
