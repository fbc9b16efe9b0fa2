package brussels.maillage.helpdesk.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's copy of the daily aggregates, held column by column in memory and
 * brought up to date before every report: rows changed since the last look are read by
 * their change number (a rebuild reloads everything). A report then adds up the rows of
 * the period that match the filters, which takes milliseconds even for a million
 * requests, whatever the filters.
 */
@Component
class StatisticsCube {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final CubeDictionary lines = new CubeDictionary();

	private final CubeDictionary bassins = new CubeDictionary();

	private final CubeDictionary channels = new CubeDictionary();

	private final CubeDictionary professions = new CubeDictionary();

	private final CubeDictionary kinds = new CubeDictionary();

	private final CubeDictionary themes = new CubeDictionary();

	private final CubeDictionary themeSets = new CubeDictionary();

	/** Per theme set (index of {@link #themeSets}): the indexes of its themes. */
	private final List<int[]> themeSetMembers = new ArrayList<>();

	private final CubeDictionary services = new CubeDictionary();

	private final CubeRows days = new CubeRows(11);

	private final CubeRows orientations = new CubeRows(10);

	private long generation = -1;

	private long lastChange = -1;

	StatisticsCube(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(10_000);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	// Columns of a day row
	private static final int DAY = 0, MONTH = 1, LINE = 2, BASSIN = 3, CHANNEL = 4, PROFESSION = 5, KIND = 6,
			THEMES = 7, REQUESTS = 8, UNMET = 9, MINUTES = 10;

	// Last column of an orientation row (the others as a day row)
	private static final int SERVICE = 8, ORIENTED = 9;

	/** Counts of the requests that match {@code filter}, from up-to-date aggregates. */
	synchronized StatisticsReport report(StatisticsFilter filter, ServiceNames names) {
		this.snapshot.executeWithoutResult((status) -> refresh());
		int from = (int) filter.from().toEpochDay();
		int to = (int) filter.to().toEpochDay();
		int firstMonth = month(filter.from());
		int months = month(filter.to()) - firstMonth + 1;
		int line = wanted(this.lines, filter.line());
		int bassin = wanted(this.bassins, filter.bassin());
		int channel = wanted(this.channels, (filter.channel() != null) ? filter.channel().name() : null);
		int profession = wanted(this.professions, (filter.profession() != null) ? filter.profession().name() : null);
		int kind = wanted(this.kinds, (filter.kind() != null) ? filter.kind().name() : null);
		boolean[] themeSetMatches = themeSetMatches(filter.theme());

		long total = 0, unmet = 0, minutes = 0;
		long[] byLine = new long[this.lines.size()], byBassin = new long[this.bassins.size()],
				byChannel = new long[this.channels.size()], byProfession = new long[this.professions.size()],
				byKind = new long[this.kinds.size()], byTheme = new long[this.themes.size()];
		long[] monthly = new long[months];
		long[][] unmetCells = new long[this.themes.size() + 1][this.bassins.size()];
		// a value no request has: nothing matches
		boolean nothing = line == MISSING || bassin == MISSING || channel == MISSING || profession == MISSING
				|| kind == MISSING;
		int[][] d = this.days.columns;
		for (int i = 0; i < (nothing ? 0 : this.days.size); i++) {
			int day = d[DAY][i];
			if (day < from || day > to || d[REQUESTS][i] == 0 || (line >= 0 && d[LINE][i] != line)
					|| (bassin >= 0 && d[BASSIN][i] != bassin) || (channel >= 0 && d[CHANNEL][i] != channel)
					|| (profession >= 0 && d[PROFESSION][i] != profession) || (kind >= 0 && d[KIND][i] != kind)
					|| (themeSetMatches != null && !themeSetMatches[d[THEMES][i]])) {
				continue;
			}
			long n = d[REQUESTS][i];
			total += n;
			unmet += d[UNMET][i];
			minutes += d[MINUTES][i];
			byLine[d[LINE][i]] += n;
			byBassin[d[BASSIN][i]] += n;
			byChannel[d[CHANNEL][i]] += n;
			byProfession[d[PROFESSION][i]] += n;
			byKind[d[KIND][i]] += n;
			int monthIndex = d[MONTH][i] - firstMonth;
			if (monthIndex >= 0 && monthIndex < months) {
				monthly[monthIndex] += n;
			}
			int[] members = this.themeSetMembers.get(d[THEMES][i]);
			for (int theme : members) {
				byTheme[theme] += n;
			}
			if (d[UNMET][i] != 0) {
				if (members.length == 0) {
					unmetCells[this.themes.size()][d[BASSIN][i]] += d[UNMET][i];
				}
				for (int theme : members) {
					unmetCells[theme][d[BASSIN][i]] += d[UNMET][i];
				}
			}
		}
		long[] byService = new long[this.services.size()];
		int[][] o = this.orientations.columns;
		for (int i = 0; i < (nothing ? 0 : this.orientations.size); i++) {
			int day = o[DAY][i];
			if (day < from || day > to || o[ORIENTED][i] == 0 || (line >= 0 && o[LINE][i] != line)
					|| (bassin >= 0 && o[BASSIN][i] != bassin) || (channel >= 0 && o[CHANNEL][i] != channel)
					|| (profession >= 0 && o[PROFESSION][i] != profession) || (kind >= 0 && o[KIND][i] != kind)
					|| (themeSetMatches != null && !themeSetMatches[o[THEMES][i]])) {
				continue;
			}
			byService[o[SERVICE][i]] += o[ORIENTED][i];
		}

		List<StatisticsReport.MonthCount> monthCounts = new ArrayList<>();
		YearMonth month = YearMonth.from(filter.from());
		for (int m = 0; m < months && m < 240; m++) {
			monthCounts.add(new StatisticsReport.MonthCount(month.plusMonths(m), monthly[m]));
		}
		List<StatisticsReport.Cell> cells = new ArrayList<>();
		for (int t = 0; t < unmetCells.length; t++) {
			for (int b = 0; b < this.bassins.size(); b++) {
				if (unmetCells[t][b] != 0) {
					cells.add(new StatisticsReport.Cell(
							(t < this.themes.size()) ? this.themes.code(t) : StatisticsReport.NONE,
							this.bassins.code(b), unmetCells[t][b]));
				}
			}
		}
		cells.sort((a, b) -> (!a.theme().equals(b.theme())) ? a.theme().compareTo(b.theme())
				: a.bassin().compareTo(b.bassin()));
		return new StatisticsReport(filter, total, unmet, minutes, CubeCounts.counts(this.channels, byChannel),
				CubeCounts.counts(this.lines, byLine), CubeCounts.counts(this.bassins, byBassin),
				CubeCounts.counts(this.kinds, byKind), CubeCounts.counts(this.professions, byProfession),
				CubeCounts.counts(this.themes, byTheme), monthCounts,
				CubeCounts.topServices(byService, this.services, names), cells);
	}

	/** Names of directory services, as the orientations recorded them. */
	interface ServiceNames {

		Map<UUID, String> of(List<UUID> ids);

	}

	private static final int ANY = -1, MISSING = -2;

	private static int wanted(CubeDictionary codes, String code) {
		if (code == null) {
			return ANY;
		}
		Integer index = codes.find(code);
		return (index != null) ? index : MISSING;
	}

	/**
	 * Per theme set, whether it holds the theme; {@code null} when no theme is wanted.
	 */
	private boolean[] themeSetMatches(String theme) {
		if (theme == null) {
			return null;
		}
		boolean[] matches = new boolean[this.themeSets.size()];
		Integer wanted = this.themes.find(theme);
		if (wanted != null) {
			for (int s = 0; s < matches.length; s++) {
				for (int member : this.themeSetMembers.get(s)) {
					matches[s] |= (member == wanted);
				}
			}
		}
		return matches;
	}

	private static int month(LocalDate day) {
		return day.getYear() * 12 + day.getMonthValue() - 1;
	}

	/** Reads what changed since the last look, in one snapshot of the database. */
	private void refresh() {
		Long current = this.jdbc.queryForObject("select generation from helpdesk_stat_state where id = 1", Long.class);
		if (current == null || current != this.generation) {
			this.days.clear();
			this.orientations.clear();
			this.lastChange = -1;
			this.generation = (current != null) ? current : -1;
		}
		long[] seen = { this.lastChange };
		boolean[] gap = { false };
		this.jdbc.query("""
				select id, day, line_code, bassin, channel, profession, kind, themes, requests, unmet, minutes, change
				from helpdesk_stat_day where change > ? order by id""", (ResultSet rs) -> {
			int[] row = new int[11];
			dimensions(rs, row);
			row[REQUESTS] = rs.getInt("requests");
			row[UNMET] = rs.getInt("unmet");
			row[MINUTES] = Math.toIntExact(rs.getLong("minutes"));
			gap[0] |= !this.days.put(rs.getLong("id"), row);
			seen[0] = Math.max(seen[0], rs.getLong("change"));
		}, this.lastChange);
		this.jdbc.query("""
				select id, day, line_code, bassin, channel, profession, kind, themes, service_id, requests, change
				from helpdesk_stat_orientation where change > ? order by id""", (ResultSet rs) -> {
			int[] row = new int[10];
			dimensions(rs, row);
			row[SERVICE] = this.services.index(rs.getString("service_id"));
			row[ORIENTED] = rs.getInt("requests");
			gap[0] |= !this.orientations.put(rs.getLong("id"), row);
			seen[0] = Math.max(seen[0], rs.getLong("change"));
		}, this.lastChange);
		this.lastChange = seen[0];
		if (gap[0]) {
			// a row this copy cannot place: start again from the whole table
			this.generation = -1;
			refresh();
		}
	}

	private void dimensions(ResultSet rs, int[] row) throws SQLException {
		LocalDate day = rs.getObject("day", LocalDate.class);
		row[DAY] = (int) day.toEpochDay();
		row[MONTH] = month(day);
		row[LINE] = this.lines.index(rs.getString("line_code"));
		row[BASSIN] = this.bassins.index(rs.getString("bassin"));
		row[CHANNEL] = this.channels.index(rs.getString("channel"));
		row[PROFESSION] = this.professions.index(rs.getString("profession"));
		row[KIND] = this.kinds.index(rs.getString("kind"));
		String set = rs.getString("themes");
		Integer known = this.themeSets.find(set);
		if (known == null) {
			known = this.themeSets.index(set);
			this.themeSetMembers
				.add(set.isEmpty() ? new int[0] : Arrays.stream(set.split(" ")).mapToInt(this.themes::index).toArray());
		}
		row[THEMES] = known;
	}

}
