package brussels.maillage.system.ratelimit;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of a refused form submission (status 429), reached only by the rate limit
 * filter's forward: how long to wait, and a way back to the form.
 */
@Controller
class TooManyRequestsController {

	private final RateLimitAnswers answers;

	TooManyRequestsController(RateLimitAnswers answers) {
		this.answers = answers;
	}

	@GetMapping(RateLimitFilter.PAGE)
	ModelAndView page(HttpServletRequest request, Locale locale) {
		if (request.getDispatcherType() != DispatcherType.FORWARD
				|| !(request.getAttribute(RateLimitFilter.WAIT_SECONDS) instanceof Long seconds)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String back = back(request);
		ModelAndView page = new ModelAndView("system/too-many-requests", HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("waitText", this.answers.waitText(seconds, locale));
		page.addObject("retryTime", this.answers.retryTime(seconds, locale));
		page.addObject("back", back);
		page.addObject("languages", List.of(LanguageLink.of("fr", "Français", back, locale),
				LanguageLink.of("nl", "Nederlands", back, locale), LanguageLink.of("en", "English", back, locale)));
		return page;
	}

	/** The page the form was on (same site only), else the home page. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//")) {
					return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// An unreadable Referer: back to the home page.
			}
		}
		return "/";
	}

	/**
	 * A link of the language switch: the form's page in another language (this page
	 * cannot be asked for again).
	 *
	 * @param code language code
	 * @param label the language's own name
	 * @param href the link
	 * @param current whether it is the page's language
	 */
	record LanguageLink(String code, String label, String href, boolean current) {

		static LanguageLink of(String code, String label, String back, Locale locale) {
			String href = UriComponentsBuilder.fromUriString(back)
				.replaceQueryParam("lang", code)
				.build()
				.toUriString();
			return new LanguageLink(code, label, href, code.equals(locale.getLanguage()));
		}

	}

}
