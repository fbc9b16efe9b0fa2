package brussels.maillage.directory.exchange.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Temporary tables of the transaction, filled with {@code COPY} (CSV: an absent value is
 * NULL, a present one is quoted).
 */
final class Staging {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExchangeStore.class);

	private final Connection connection;

	Staging(Connection connection) {
		this.connection = connection;
	}

	void create(String table, String columns) throws SQLException {
		execute("drop table if exists " + table);
		execute("create temp table " + table + " (" + columns + ") on commit drop");
	}

	void execute(String sql) throws SQLException {
		long t = System.nanoTime();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		LOG.debug("import: {} ms for {}", (System.nanoTime() - t) / 1_000_000,
				sql.substring(0, Math.min(60, sql.length())).replace('\n', ' '));
	}

	int[] counts(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			int[] counts = new int[rs.getMetaData().getColumnCount()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getInt(i + 1);
			}
			return counts;
		}
	}

	/** The one number a query gives. */
	long number(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** What to do with each row a query gives. */
	interface Rows {

		void row(ResultSet rs) throws SQLException;

	}

	/** Runs a query, giving each of its rows to {@code rows}. */
	void query(String sql, Rows rows) throws SQLException {
		long t = System.nanoTime();
		try (Statement statement = this.connection.createStatement()) {
			statement.setFetchSize(10_000);
			try (ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					rows.row(rs);
				}
			}
		}
		LOG.debug("import: {} ms for {}", (System.nanoTime() - t) / 1_000_000,
				sql.substring(0, Math.min(60, sql.length())).replace('\n', ' '));
	}

	<T> void copy(String table, List<T> items, BiConsumer<T, Row> columns) throws SQLException, IOException {
		if (items.isEmpty()) {
			return;
		}
		long t = System.nanoTime();
		PGConnection pg = this.connection.unwrap(PGConnection.class);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(
				new PGCopyOutputStream(pg, "copy " + table + " from stdin with (format csv)", 1 << 16),
				StandardCharsets.UTF_8), 1 << 16)) {
			Row row = new Row(out);
			for (T item : items) {
				columns.accept(item, row);
				row.end();
			}
		}
		LOG.debug("import: {} ms for copy into {} ({} rows)", (System.nanoTime() - t) / 1_000_000, table, items.size());
	}

	/** One CSV row being written to a {@code COPY}. */
	static final class Row {

		private final Writer out;

		private boolean first = true;

		Row(Writer out) {
			this.out = out;
		}

		Row add(Object value) {
			try {
				if (!this.first) {
					this.out.write(',');
				}
				this.first = false;
				if (value != null) {
					String text = value.toString();
					this.out.write('"');
					this.out.write(text.indexOf('"') >= 0 ? text.replace("\"", "\"\"") : text);
					this.out.write('"');
				}
				return this;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		/**
		 * Adds a PostgreSQL array literal of the values ({@code {"a","b"}}), for a
		 * {@code text[]} column.
		 */
		Row addArray(List<String> values) {
			StringBuilder literal = new StringBuilder("{");
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					literal.append(',');
				}
				literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			return add(literal.append('}'));
		}

		void end() {
			try {
				this.out.write('\n');
				this.first = true;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
