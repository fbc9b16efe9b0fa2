package brussels.maillage.helpdesk.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the monitoring pages and exports: messages, the directory's theme names
 * and the labels of counted codes, in the reader's language.
 */
@Component
class MonitoringLabels {

	private final DirectoryService directory;

	private final MessageSource messages;

	MonitoringLabels(DirectoryService directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** The label of {@code prefix + code}, or the code when there is none. */
	String coded(String prefix, String code, Locale locale) {
		return (code != null) ? this.messages.getMessage(prefix + code, null, code, locale) : null;
	}

	Map<String, LocalizedText> themeLabels() {
		Map<String, LocalizedText> labels = new HashMap<>();
		for (Theme theme : this.directory.themes()) {
			labels.put(theme.code(), theme.label());
		}
		return labels;
	}

	String themeLabel(Map<String, LocalizedText> labels, String code, Locale locale) {
		if (StatisticsReport.NONE.equals(code)) {
			return message("helpdesk.dashboard.noTheme", locale);
		}
		LocalizedText label = labels.get(code);
		return (label != null) ? label.in(locale).text() : code;
	}

	/** The directory's communes as NIS code and name. */
	Map<String, String> communes(Locale locale) {
		Map<String, String> communes = new HashMap<>();
		this.directory.communes(locale).forEach((commune) -> communes.put(commune.getKey(), commune.getValue()));
		return communes;
	}

	List<Chart.Entry> entries(List<StatisticsReport.Count> counts, String prefix, Locale locale) {
		return counts.stream()
			.map((count) -> new Chart.Entry(message(prefix + count.key(), locale), count.count()))
			.toList();
	}

}
