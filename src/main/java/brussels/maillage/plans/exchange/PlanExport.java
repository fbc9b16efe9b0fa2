package brussels.maillage.plans.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/**
 * Writes plans as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read
 * accents) or XLSX, in {@link PlanColumns}. A cell a spreadsheet would read as a formula
 * is kept as text ({@link SpreadsheetCells}); the import reads it back unchanged.
 */
@Component
class PlanExport {

	private final PlansService plans;

	PlanExport(PlansService plans) {
		this.plans = plans;
	}

	/** Writes {@code selected} as {@code csv} or {@code xlsx}. */
	public void write(List<Plan> selected, String format, OutputStream out) throws IOException {
		if ("xlsx".equals(format)) {
			xlsx(selected, out);
		}
		else {
			csv(selected, out);
		}
	}

	List<List<String>> rows(List<Plan> selected) {
		List<List<String>> rows = new ArrayList<>();
		for (Plan plan : selected) {
			rows.addAll(PlanColumns.rows(plan, this.plans.actions(plan.id())));
		}
		return rows;
	}

	void csv(List<Plan> selected, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(PlanColumns.ALL.toArray(String[]::new)).get());
		for (List<String> row : rows(selected)) {
			printer.printRecord(row.stream().map(SpreadsheetCells::text).toList());
		}
		printer.flush();
	}

	void xlsx(List<Plan> selected, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		Worksheet sheet = workbook.newWorksheet("plans");
		for (int column = 0; column < PlanColumns.ALL.size(); column++) {
			sheet.value(0, column, PlanColumns.ALL.get(column));
		}
		sheet.range(0, 0, 0, PlanColumns.ALL.size() - 1).style().bold().fillColor("DDEBF0").set();
		sheet.freezePane(0, 1);
		int row = 1;
		for (List<String> values : rows(selected)) {
			for (int column = 0; column < values.size(); column++) {
				sheet.value(row, column, SpreadsheetCells.text(values.get(column)));
			}
			row++;
		}
		workbook.finish();
	}

}
