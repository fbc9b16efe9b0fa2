package brussels.maillage.directory.exchange.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * A package's cost options (HSDS {@code cost_option}: a price, its currency, the
 * condition it applies to and its validity), kept in the service's fees text (issue 17):
 * the directory has a text and a kind of cost for a service, not a list of prices. Each
 * option is one line after the package's own fees text ({@code Under 18s: 35 GBP, per
 * session (2020-01-01 – 2022-12-31)}); a service whose every option costs 0 is free.
 */
final class CostOptions {

	/** The lines of each service's options, by the service's id as written. */
	private final Map<String, List<String>> lines = new HashMap<>();

	/** The services with an option that costs something, or whose amount is not said. */
	private final Map<String, Boolean> paid = new HashMap<>();

	private CostOptions() {
	}

	/** Reads the cost options; an amount that is not a number is a problem of the row. */
	static CostOptions read(List<CSVRecord> rows, ParsedPackage parsed) {
		CostOptions options = new CostOptions();
		for (CSVRecord row : rows) {
			String service = value(row, "service_id");
			if (service.isEmpty()) {
				parsed.required("cost_option", row, "service_id");
				continue;
			}
			int before = parsed.problems.size();
			Double amount = parsed.decimal("cost_option", row, "amount");
			parsed.taint(row, "service_id", before);
			String line = line(row, amount);
			if (!line.isEmpty()) {
				options.lines.computeIfAbsent(service, (key) -> new ArrayList<>()).add(line);
			}
			options.paid.merge(service, amount == null || amount != 0, Boolean::logicalOr);
		}
		if (!rows.isEmpty()) {
			parsed.warning("cost_option", 0, "", "costOptionsAsText",
					rows.size() + " cost options: kept as lines of their service's fees text", rows.size());
		}
		return options;
	}

	/** The fees text of a service: the package's, then one line per option. */
	String fees(String serviceId, String written) {
		List<String> options = this.lines.getOrDefault(serviceId, List.of());
		if (options.isEmpty()) {
			return written;
		}
		List<String> all = new ArrayList<>();
		if (written != null && !written.isBlank()) {
			all.add(written.strip());
		}
		all.addAll(options);
		return String.join("\n", all);
	}

	/** The service's cost: free when every option costs 0, else {@code otherwise}. */
	String cost(String serviceId, String otherwise) {
		return Boolean.FALSE.equals(this.paid.get(serviceId)) ? "free" : otherwise;
	}

	private static String line(CSVRecord row, Double amount) {
		StringBuilder line = new StringBuilder(value(row, "option"));
		if (amount != null) {
			String price;
			try {
				price = new BigDecimal(value(row, "amount")).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				price = value(row, "amount");
			}
			String currency = value(row, "currency").toUpperCase(Locale.ROOT);
			line.append(line.isEmpty() ? "" : ": ").append(price).append(currency.isEmpty() ? "" : " " + currency);
		}
		String description = value(row, "amount_description");
		if (!description.isEmpty()) {
			line.append(line.isEmpty() ? "" : ", ").append(description);
		}
		String from = value(row, "valid_from");
		String to = value(row, "valid_to");
		if (!from.isEmpty() || !to.isEmpty()) {
			line.append(line.isEmpty() ? "" : " ").append('(').append((from + " – " + to).strip()).append(')');
		}
		return line.toString().strip();
	}

}
