package brussels.maillage.territory.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.AssignmentChange;
import brussels.maillage.territory.AssignmentStatus;
import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.Submunicipality;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL over the territory tables, and their one writer. */
@Repository
public class TerritoryRepository {

	static final String REFERENCE_DATA = "reference data";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TerritoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Bassin> bassins() {
		return this.jdbc.sql("""
				select code, name::text as name, website, quartiers_published, population_published, source
				from territory_bassin order by code""")
			.query((rs, row) -> new Bassin(rs.getString("code"), text(rs, "name"), rs.getString("website"),
					(Integer) rs.getObject("quartiers_published"), rs.getString("population_published"),
					rs.getString("source")))
			.list();
	}

	public List<Commune> communes() {
		return this.jdbc.sql("""
				select nis_code, name::text as name, postcodes, population, population_date
				from territory_commune order by nis_code""")
			.query((rs, row) -> new Commune(rs.getString("nis_code"), text(rs, "name"),
					Arrays.stream(rs.getString("postcodes").split(" ")).filter((code) -> !code.isBlank()).toList(),
					(Integer) rs.getObject("population"), rs.getObject("population_date", LocalDate.class)))
			.list();
	}

	public List<Submunicipality> submunicipalities() {
		return this.jdbc.sql("""
				select code, nis_code, name::text as name, area_ha, sectors, bassin_code, assignment_status,
					assignment_source
				from territory_submunicipality order by code""").query(TerritoryRepository::submunicipality).list();
	}

	public Optional<Submunicipality> submunicipality(String code) {
		return this.jdbc.sql("""
				select code, nis_code, name::text as name, area_ha, sectors, bassin_code, assignment_status,
					assignment_source
				from territory_submunicipality where code = ? for update""")
			.param(code)
			.query(TerritoryRepository::submunicipality)
			.optional();
	}

	/** The name of a quartier, when the official table holds it. */
	public Optional<LocalizedText> quartierName(String code) {
		return this.jdbc.sql("select name::text as name from territory_quartier where code = ?")
			.param(code)
			.query((rs, row) -> text(rs, "name"))
			.optional();
	}

	/** Quartier code to its assignment, for the quartiers that have a bassin. */
	public Map<String, Assignment> quartierAssignments() {
		return this.jdbc.sql("""
				select code, bassin_code, assignment_status, assignment_source from territory_quartier""")
			.query((rs, row) -> Map.entry(rs.getString("code"),
					new Assignment(rs.getString("bassin_code"), AssignmentStatus.of(rs.getString("assignment_status")),
							rs.getString("assignment_source"))))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Sector code to quartier code, for the sectors that have one. */
	public Map<String, String> sectorQuartiers() {
		return this.jdbc.sql("select code, quartier_code from territory_sector where quartier_code is not null")
			.query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("quartier_code")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public List<PostcodeCommune> postcodes() {
		return this.jdbc.sql("""
				select postcode, nis_code, streets, in_statbel_table from territory_postcode_commune
				order by postcode, streets desc nulls last, nis_code""")
			.query((rs, row) -> new PostcodeCommune(rs.getString("postcode"), rs.getString("nis_code"),
					(Integer) rs.getObject("streets"), rs.getBoolean("in_statbel_table")))
			.list();
	}

	public boolean insertBassin(Bassin bassin) {
		return this.jdbc.sql("""
				insert into territory_bassin (code, name, website, quartiers_published, population_published, source)
				values (?, cast(? as jsonb), ?, ?, ?, ?) on conflict (code) do nothing""")
			.params(bassin.code(), json(bassin.name()), bassin.website(), bassin.quartiersPublished(),
					bassin.populationPublished(), bassin.source())
			.update() == 1;
	}

	public boolean insertCommune(Commune commune, String bassin, String status, String source) {
		return this.jdbc.sql("""
				insert into territory_commune (nis_code, name, postcodes, population, population_date, bassin_code,
					assignment_status, assignment_source)
				values (?, cast(? as jsonb), ?, ?, ?, ?, ?, ?) on conflict (nis_code) do nothing""")
			.params(commune.nis(), json(commune.name()), String.join(" ", commune.postcodes()), commune.population(),
					commune.populationDate(), bassin, status, source)
			.update() == 1;
	}

	public boolean insertSubmunicipality(Submunicipality area) {
		return this.jdbc.sql("""
				insert into territory_submunicipality (code, nis_code, name, area_ha, sectors, bassin_code,
					assignment_status, assignment_source)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?) on conflict (code) do nothing""")
			.params(area.code(), area.nis(), json(area.name()), area.areaHa(), area.sectors(), area.bassin(),
					area.status().code(), area.source())
			.update() == 1;
	}

	public List<String> sectorCodes() {
		return this.jdbc.sql("select code from territory_sector").query(String.class).list();
	}

	public void insertSector(String code, String submunicipality, LocalizedText name) {
		this.jdbc.sql("""
				insert into territory_sector (code, submunicipality_code, name) values (?, ?, cast(? as jsonb))
				on conflict (code) do nothing""").params(code, submunicipality, json(name)).update();
	}

	public boolean insertPostcode(PostcodeCommune postcode) {
		return this.jdbc.sql("""
				insert into territory_postcode_commune (postcode, nis_code, streets, in_statbel_table)
				values (?, ?, ?, ?) on conflict (postcode, nis_code) do nothing""")
			.params(postcode.postcode(), postcode.nis(), postcode.streets(), postcode.inStatbelTable())
			.update() == 1;
	}

	public void updateAssignment(String code, Assignment assignment) {
		this.jdbc.sql("""
				update territory_submunicipality set bassin_code = ?, assignment_status = ?, assignment_source = ?
				where code = ?""")
			.params(assignment.bassin(), assignment.status().code(), assignment.source(), code)
			.update();
	}

	public void recordChange(String areaCode, Assignment before, Assignment after, String reason, String changedBy) {
		this.jdbc.sql("""
				insert into territory_assignment_change (area_kind, area_code, old_bassin_code, new_bassin_code,
					old_status, new_status, reason, changed_by)
				values ('submunicipality', ?, ?, ?, ?, ?, ?, ?)""")
			.params(areaCode, (before != null) ? before.bassin() : null, after.bassin(),
					(before != null) ? before.status().code() : null, after.status().code(), reason, changedBy)
			.update();
	}

	/**
	 * Replaces every quartier and sector link with those of a checked quartier table
	 * ({@code quartiers}: one row per quartier), each quartier's assignment recorded as a
	 * change by {@code actor}.
	 */
	public void replaceQuartiers(Collection<QuartierTable.Row> quartiers, List<QuartierTable.Row> rows, String source,
			String actor) {
		this.jdbc.sql("update territory_sector set quartier_code = null").update();
		this.jdbc.sql("delete from territory_quartier").update();
		for (QuartierTable.Row quartier : quartiers) {
			this.jdbc.sql("""
					insert into territory_quartier (code, name, bassin_code, assignment_status, assignment_source)
					values (?, jsonb_build_object('fr', cast(? as text), 'nl', cast(? as text)), ?, 'verified', ?)""")
				.params(quartier.quartier(), blankToNull(quartier.nameFr()), blankToNull(quartier.nameNl()),
						quartier.bassin(), source)
				.update();
			this.jdbc.sql("""
					insert into territory_assignment_change
						(area_kind, area_code, new_bassin_code, new_status, reason, changed_by)
					values ('quartier', ?, ?, 'verified', ?, ?)""")
				.params(quartier.quartier(), quartier.bassin(), source, actor)
				.update();
		}
		for (QuartierTable.Row row : rows) {
			this.jdbc.sql("update territory_sector set quartier_code = ? where code = ?")
				.params(row.quartier(), row.sector())
				.update();
		}
	}

	/** Whether anyone but the reference data has changed this area's assignment. */
	public boolean changedByPeople(String areaCode) {
		return this.jdbc.sql("""
				select exists (select 1 from territory_assignment_change
					where area_kind = 'submunicipality' and area_code = ? and changed_by <> ?)""")
			.params(areaCode, REFERENCE_DATA)
			.query(Boolean.class)
			.single();
	}

	public List<AssignmentChange> history(String areaCode) {
		return this.jdbc.sql("""
				select area_kind, area_code, old_bassin_code, new_bassin_code, old_status, new_status, reason,
					changed_by, changed_at
				from territory_assignment_change where area_kind = 'submunicipality' and area_code = ?
				order by changed_at desc, id desc""")
			.param(areaCode)
			.query((rs, row) -> new AssignmentChange(rs.getString("area_kind"), rs.getString("area_code"),
					rs.getString("old_bassin_code"), rs.getString("new_bassin_code"),
					AssignmentStatus.of(rs.getString("old_status")), AssignmentStatus.of(rs.getString("new_status")),
					rs.getString("reason"), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static Submunicipality submunicipality(ResultSet rs, int row) throws SQLException {
		return new Submunicipality(rs.getString("code"), rs.getString("nis_code"), text(rs, "name"),
				rs.getBigDecimal("area_ha"), (Integer) rs.getObject("sectors"), rs.getString("bassin_code"),
				AssignmentStatus.of(rs.getString("assignment_status")), rs.getString("assignment_source"));
	}

	private static LocalizedText text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? JSON.readValue(value, LocalizedText.class) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String json(LocalizedText text) {
		return JSON.writeValueAsString(text);
	}

	/**
	 * The assignment of an area to a bassin.
	 *
	 * @param bassin bassin code, or {@code null} at the region level
	 * @param status how sure it is
	 * @param source where it comes from, or why it was made
	 */
	public record Assignment(String bassin, AssignmentStatus status, String source) {

		public static Assignment of(Submunicipality area) {
			return new Assignment(area.bassin(), area.status(), area.source());
		}

	}

	/**
	 * A postcode that serves (part of) a commune.
	 *
	 * @param postcode the postcode
	 * @param nis the commune's NIS code
	 * @param streets streets of the postcode in the commune (BeST 2022)
	 * @param inStatbelTable whether Statbel's 2019 table lists the pair
	 */
	public record PostcodeCommune(String postcode, String nis, Integer streets, boolean inStatbelTable) {
	}

}
