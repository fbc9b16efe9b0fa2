package brussels.maillage.plans.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.plans.report.ReportContent.Annex;
import brussels.maillage.plans.report.ReportContent.Cell;
import brussels.maillage.plans.report.ReportContent.Row;
import brussels.maillage.plans.report.ReportContent.Tick;
import brussels.maillage.plans.report.ReportContent.Value;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a report into words in one language, once for the page, the PDF and the XLSX: the
 * annexes' five columns, each value on a line with its label, "no data" apart from 0,
 * corrected values with their erratum's number.
 */
@Component
class ReportView {

	private final MessageSource messages;

	ReportView(MessageSource messages) {
		this.messages = messages;
	}

	List<AnnexView> annexes(AnnualReports.Report report, Locale locale) {
		String language = locale.getLanguage();
		int year = report.year();
		Map<String, Value> values = report.values();
		Map<String, Erratum> latest = report.latestErrata();
		List<Erratum> errata = report.errata();
		List<AnnexView> annexes = new ArrayList<>();
		for (Annex annex : report.content().annexes()) {
			List<RowView> rows = new ArrayList<>();
			for (Row row : annex.rows()) {
				List<CellView> cells = new ArrayList<>();
				for (Cell cell : row.cells()) {
					List<Line> lines = new ArrayList<>();
					for (Value original : cell.values()) {
						Value value = values.getOrDefault(original.key(), original);
						Erratum erratum = latest.get(value.key());
						String shown = shown(value, locale);
						if (erratum != null) {
							shown = message(locale, "plans.report.corrected", shown, errata.indexOf(erratum) + 1);
						}
						String label = (value.detail() == null) ? value.deliverable() : detail(value.detail(), locale);
						lines.add(new Line(message(locale, "plans.report.pair", label, shown), null,
								value.detail() != null));
					}
					for (Tick tick : cell.ticks()) {
						String state = message(locale,
								tick.done() ? "plans.report.delivered" : "plans.report.notDelivered");
						lines.add(new Line(message(locale, "plans.report.pair", tick.targetText(), state),
								tick.documentUrl(), false));
					}
					String heading = (cell.territory() == null) ? message(locale, "plans.report.allBassins")
							: message(locale, "plans.territory." + cell.territory());
					String status = (cell.status() != null) ? message(locale, "plans.actionStatus." + cell.status())
							: null;
					cells.add(new CellView(heading, status, lines));
				}
				boolean dutch = "nl".equals(language) && row.titleNl() != null && !row.titleNl().isBlank();
				rows.add(new RowView(row.reference(), dutch ? "nl" : "fr", pick(language, row.titleFr(), row.titleNl()),
						pick(language, row.descriptionFr(), row.descriptionNl()),
						pick(language, row.perspectivesFr(), row.perspectivesNl()),
						row.deliverables().stream().map(ReportContent.Written::targetText).toList(), cells));
			}
			String deliverables = (annex.number() == 1) ? "plans.report.column.deliverablesPerBassin"
					: "plans.report.column.deliverables";
			annexes.add(new AnnexView(annex.number(),
					message(locale, "plans.report.annex." + annex.number() + ".title", Integer.toString(year)),
					List.of(message(locale, "plans.report.column.reference"),
							message(locale, "plans.report.column.action"),
							message(locale, deliverables, Integer.toString(year)),
							message(locale, "plans.report.column.results"),
							message(locale, "plans.report.column.perspectives", Integer.toString(year + 1))),
					rows));
		}
		return annexes;
	}

	/** The value as printed, or "no data". */
	String shown(Value value, Locale locale) {
		String shown = value.shown(locale);
		return (shown != null) ? shown : message(locale, "indicators.noData");
	}

	/** The label of a value's detail ({@code channel:PHONE}, ...) in {@code locale}. */
	String detail(String detail, Locale locale) {
		String companion = null;
		String part = detail;
		if (detail.startsWith("metric:")) {
			int bar = detail.indexOf('|');
			companion = detail.substring("metric:".length(), (bar < 0) ? detail.length() : bar);
			if (bar < 0) {
				return message(locale, "indicators.metric." + companion + ".name");
			}
			part = detail.substring(bar + 1);
		}
		int colon = part.indexOf(':');
		String dimension = part.substring(0, colon);
		String key = part.substring(colon + 1);
		return switch (dimension) {
			case "channel" -> message(locale, "helpdesk.channel." + key);
			case "line" -> message(locale, "helpdesk.line." + key);
			case "kind" -> message(locale, "governance.kind." + key);
			case "territory" -> message(locale, "plans.territory." + key);
			case "meeting" -> meeting(key, locale);
			default -> key;
		};
	}

	private String meeting(String key, Locale locale) {
		int slash = key.indexOf('/');
		String day = key.substring(slash + 1);
		try {
			day = LocalDate.parse(day).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		catch (java.time.DateTimeException ex) {
			// kept as stored
		}
		return message(locale, "plans.report.detail.meeting",
				message(locale, "governance.kind." + key.substring(0, slash)), day);
	}

	String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static String pick(String language, String fr, String nl) {
		String first = "nl".equals(language) ? nl : fr;
		return (first != null && !first.isBlank()) ? first : ("nl".equals(language) ? fr : nl);
	}

	/**
	 * An annex in words.
	 *
	 * @param number 1 to 3
	 * @param title its heading
	 * @param headings the five column headings
	 * @param rows its actions
	 */
	record AnnexView(int number, String title, List<String> headings, List<RowView> rows) {
	}

	/**
	 * An action's row.
	 *
	 * @param reference as written
	 * @param textLanguage the language its texts are written in
	 * @param title in the language, or the other one
	 * @param description likewise
	 * @param perspectives likewise
	 * @param deliverables as written
	 * @param cells the "Bilan et indicateurs" cell, per territory
	 */
	record RowView(String reference, String textLanguage, String title, String description, String perspectives,
			List<String> deliverables, List<CellView> cells) {
	}

	/**
	 * What an action reached in one territory.
	 *
	 * @param heading the territory
	 * @param status the action's status there, or {@code null}
	 * @param lines the values and ticks
	 */
	record CellView(String heading, String status, List<Line> lines) {

		/** The cell as plain text, for the XLSX. */
		String text() {
			StringBuilder text = new StringBuilder(this.heading);
			if (this.status != null) {
				text.append(" – ").append(this.status);
			}
			for (Line line : this.lines) {
				text.append('\n').append(line.detail() ? "   " : "").append(line.text());
				if (line.link() != null) {
					text.append(" (").append(line.link()).append(')');
				}
			}
			return text.toString();
		}

	}

	/**
	 * A line of a cell.
	 *
	 * @param text the label and value
	 * @param link a document, or {@code null}
	 * @param detail whether it details the line above
	 */
	record Line(String text, String link, boolean detail) {
	}

}
