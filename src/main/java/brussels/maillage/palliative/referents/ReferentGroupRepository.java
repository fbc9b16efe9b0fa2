package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code palliative_referent_group} and the validity periods of its
 * bassins.
 */
@Repository
class ReferentGroupRepository {

	private final JdbcClient jdbc;

	ReferentGroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, LocalDate createdOn) {
		return this.jdbc.sql("insert into palliative_referent_group (name, created_on) values (?, ?) returning id")
			.params(name, createdOn)
			.query(Long.class)
			.single();
	}

	void addBassin(long group, String bassin, LocalDate from) {
		this.jdbc.sql("insert into palliative_referent_group_bassin (group_id, bassin, valid_from) values (?, ?, ?)")
			.params(group, bassin, from)
			.update();
	}

	/** Ends the bassin's open period in the group on {@code lastDay}. */
	void endBassin(long group, String bassin, LocalDate lastDay) {
		this.jdbc.sql("""
				update palliative_referent_group_bassin set valid_until = ?
				where group_id = ? and bassin = ? and valid_until is null""").params(lastDay, group, bassin).update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from palliative_referent_group").query(Long.class).single();
	}

	Optional<ReferentGroup> find(long id) {
		return all().stream().filter((group) -> group.id() == id).findFirst();
	}

	/** Every group with its bassins, by name. */
	List<ReferentGroup> all() {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, LocalDate> created = new LinkedHashMap<>();
		this.jdbc.sql("select id, name, created_on from palliative_referent_group order by name, id").query((rs, n) -> {
			names.put(rs.getLong("id"), rs.getString("name"));
			created.put(rs.getLong("id"), rs.getObject("created_on", LocalDate.class));
			return null;
		}).list();
		Map<Long, List<ReferentGroup.BassinPeriod>> periods = new LinkedHashMap<>();
		this.jdbc.sql("""
				select group_id, bassin, valid_from, valid_until from palliative_referent_group_bassin
				order by group_id, valid_from, id""").query((rs, n) -> {
			periods.computeIfAbsent(rs.getLong("group_id"), (key) -> new ArrayList<>())
				.add(new ReferentGroup.BassinPeriod(rs.getString("bassin"), rs.getObject("valid_from", LocalDate.class),
						rs.getObject("valid_until", LocalDate.class)));
			return null;
		}).list();
		return names.entrySet()
			.stream()
			.map((group) -> new ReferentGroup(group.getKey(), group.getValue(), created.get(group.getKey()),
					periods.getOrDefault(group.getKey(), List.of())))
			.toList();
	}

}
