package brussels.maillage.system.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a page of a form as a person sees it, for the binding tests of every module: the
 * value of a field, the chosen option, the error shown next to a field (checked to be the
 * one the field names in {@code aria-describedby}) and the links of the error summary.
 */
public final class FormPage {

	private final String html;

	public FormPage(String html) {
		this.html = html;
	}

	/** The page's HTML. */
	public String html() {
		return this.html;
	}

	/** What the field of this id shows: an input's value or a text area's text. */
	public String value(String id) {
		Matcher area = Pattern
			.compile("<textarea[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(this.html);
		if (area.find()) {
			return unescape(area.group(1)).replaceFirst("^\n", "");
		}
		Matcher input = Pattern.compile("<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(this.html);
		return input.find() ? attribute(input.group(), "value") : null;
	}

	/** The value of the chosen option of the pick list of this id. */
	public String selected(String id) {
		Matcher select = Pattern
			.compile("<select[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(this.html);
		assertThat(select.find()).as("a pick list #" + id).isTrue();
		Matcher option = Pattern.compile("<option([^>]*)\\sselected=\"selected\"([^>]*)>").matcher(select.group(1));
		return option.find() ? attribute(option.group(0), "value") : null;
	}

	/**
	 * The error message shown right before the field of this id (between its label, or
	 * its hint, and it), which the field names in aria-describedby; {@code null} when
	 * there is none.
	 */
	public String errorNextTo(String id) {
		Matcher error = Pattern
			.compile("<p class=\"error-message\"[^>]*\\sid=\"" + Pattern.quote(id) + "-error\"[^>]*>(.*?)</p>\\s*"
					+ "<(input|textarea|select)([^>]*)>", Pattern.DOTALL)
			.matcher(this.html);
		if (!error.find()) {
			return null;
		}
		String field = error.group(3);
		assertThat(attribute(field, "id")).isEqualTo(id);
		assertThat(attribute(field, "aria-describedby")).contains(id + "-error");
		assertThat(attribute(field, "aria-invalid")).isEqualTo("true");
		return unescape(error.group(1).replaceAll("<span class=\"visually-hidden\">[^<]*</span>", "")).strip();
	}

	/** Where the links of the error summary lead, in order. */
	public List<String> summaryLinks() {
		Matcher summary = Pattern.compile("<div class=\"error-summary\".*?</ul>", Pattern.DOTALL).matcher(this.html);
		assertThat(summary.find()).as("an error summary").isTrue();
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("<a href=\"([^\"]*)\"").matcher(summary.group());
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	/** Whether the page shows an error summary. */
	public boolean hasErrorSummary() {
		return this.html.contains("class=\"error-summary\"");
	}

	private static String attribute(String tag, String name) {
		Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return attribute.find() ? unescape(attribute.group(1)) : null;
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&#34;", "\"")
			.replace("&amp;", "&");
	}

}
