package brussels.maillage.palliative.partners;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code palliative_referring_team} (the second-line teams that refer
 * people, data) and {@code palliative_psychologist}.
 */
@Repository
class PartnerRepository {

	private static final String TEAM = """
			select code, name ->> 'fr' as fr, name ->> 'nl' as nl, name ->> 'en' as en, position, active
			from palliative_referring_team""";

	private final JdbcClient jdbc;

	PartnerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReferringTeam> teams() {
		return this.jdbc.sql(TEAM + " order by position, code").query(ReferringTeam.class).list();
	}

	Optional<ReferringTeam> team(String code) {
		return this.jdbc.sql(TEAM + " where code = ?").param(code).query(ReferringTeam.class).optional();
	}

	/** Adds a team; {@code false} when the code exists already. */
	boolean addTeam(ReferringTeam team) {
		return this.jdbc.sql("""
				insert into palliative_referring_team (code, name, position, active)
				values (?, jsonb_build_object('fr', ?, 'nl', ?, 'en', ?), ?, ?) on conflict (code) do nothing""")
			.params(team.code(), team.fr(), team.nl(), team.en(), team.position(), team.active())
			.update() == 1;
	}

	void updateTeam(ReferringTeam team) {
		this.jdbc.sql("""
				update palliative_referring_team set name = jsonb_build_object('fr', ?, 'nl', ?, 'en', ?),
					position = ?, active = ? where code = ?""")
			.params(team.fr(), team.nl(), team.en(), team.position(), team.active(), team.code())
			.update();
	}

	List<Psychologist> psychologists() {
		return this.jdbc.sql("select id, name, active from palliative_psychologist order by active desc, name, id")
			.query(Psychologist.class)
			.list();
	}

	Optional<Psychologist> psychologist(long id) {
		return this.jdbc.sql("select id, name, active from palliative_psychologist where id = ?")
			.param(id)
			.query(Psychologist.class)
			.optional();
	}

	long addPsychologist(String name) {
		return this.jdbc.sql("insert into palliative_psychologist (name) values (?) returning id")
			.param(name)
			.query(Long.class)
			.single();
	}

	void updatePsychologist(long id, String name, boolean active) {
		this.jdbc.sql("update palliative_psychologist set name = ?, active = ? where id = ?")
			.params(name, active, id)
			.update();
	}

}
