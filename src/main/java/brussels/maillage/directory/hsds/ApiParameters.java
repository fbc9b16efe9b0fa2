package brussels.maillage.directory.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import brussels.maillage.directory.SearchQuery;
import brussels.maillage.system.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HSDS API's common parameters (page, per_page, lang, modified_after), checked: a bad
 * one is a 400 that says what is expected.
 */
final class ApiParameters {

	/** The largest page served; larger requests are clamped to it. */
	static final int MAX_PER_PAGE = SearchQuery.MAX_SIZE;

	/**
	 * The languages of {@code lang}, made once: no list search nor {@code Locale.of} per
	 * request (issue 17).
	 */
	private static final Map<String, Locale> LOCALES = LocalizedText.LANGUAGES.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), Locale::of));

	private ApiParameters() {
	}

	static int perPage(int perPage) {
		if (perPage < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "per_page must be at least 1");
		}
		return Math.min(perPage, MAX_PER_PAGE);
	}

	static void checkPage(int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page starts at 1");
		}
	}

	static Locale language(String lang) {
		Locale locale = (lang != null) ? LOCALES.get(lang) : null;
		if (locale == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang is fr, nl or en");
		}
		return locale;
	}

	static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notADate) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"modified_after is an ISO 8601 date or date-time");
			}
		}
	}

}
