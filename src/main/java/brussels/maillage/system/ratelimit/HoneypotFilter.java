package brussels.maillage.system.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Drops a public form whose hidden field (the {@code system/honeypot :: honeypot}
 * fragment, named {@code website}) was filled in: people never see nor reach that field,
 * robots fill every field. The robot is sent back to the page it came from as if it had
 * succeeded; nothing reaches a controller, nothing is stored or mailed. It runs after the
 * rate limits, so that such submissions still count against their address.
 */
class HoneypotFilter extends OncePerRequestFilter {

	static final String FIELD = "website";

	private static final Logger log = LoggerFactory.getLogger(HoneypotFilter.class);

	private final List<PathPattern> forms;

	HoneypotFilter() {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.forms = java.util.stream.Stream
			.of(PublicForms.REGISTRATIONS[0], PublicForms.BOOKING, PublicForms.HOST_CALL, PublicForms.SESSION_REQUEST)
			.map(parser::parse)
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.forms.stream().noneMatch((form) -> form.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String value = request.getParameter(FIELD);
		if (value == null || value.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		log.info("A public form with its hidden field filled in was dropped: POST {}", request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", back(request));
	}

	/** The page the form was on, on this site; else the home page. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
				if (sameSite && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
					return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an address: home.
			}
		}
		return request.getContextPath() + "/";
	}

}
