package brussels.maillage.palliative.conventions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code palliative_convention} and its steps. */
@Repository
class ConventionRepository {

	private static final String COLUMNS = """
			id, organization_id, institution_name, institution_kind, bassin, template_version, status, identified_on,
			presented_on, sent_on, signed_on, ended_on, valid_until, signatories, pdf_name""";

	private final JdbcClient jdbc;

	ConventionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(UUID organization, String name, String kind, String bassin, String template, LocalDate on, Long by) {
		long id = this.jdbc.sql("""
				insert into palliative_convention (organization_id, institution_name, institution_kind, bassin,
					template_version, status, identified_on)
				values (?, ?, ?, ?, ?, 'IDENTIFIED', ?) returning id""")
			.params(organization, name, kind, bassin, template, on)
			.query(Long.class)
			.single();
		step(id, ConventionStatus.IDENTIFIED, on, by);
		return id;
	}

	void advance(long id, ConventionStatus status, LocalDate on, String signatories, LocalDate validUntil, byte[] pdf,
			String pdfName, Long by) {
		this.jdbc.sql("""
				update palliative_convention set status = :status, version = version + 1,
					presented_on = case when :status = 'PRESENTED' then :on else presented_on end,
					sent_on = case when :status = 'SENT' then :on else sent_on end,
					signed_on = case when :status = 'SIGNED' then :on else signed_on end,
					ended_on = case when :status in ('SUPERSEDED', 'ENDED', 'DECLINED') then :on else ended_on end,
					signatories = coalesce(:signatories, signatories),
					valid_until = case when :status = 'SIGNED' then :validUntil else valid_until end,
					pdf = coalesce(:pdf, pdf), pdf_name = coalesce(:pdfName, pdf_name)
				where id = :id""")
			.param("status", status.name())
			.param("on", on)
			.param("signatories", signatories)
			.param("validUntil", validUntil)
			.param("pdf", pdf)
			.param("pdfName", pdfName)
			.param("id", id)
			.update();
		step(id, status, on, by);
	}

	private void step(long id, ConventionStatus status, LocalDate on, Long by) {
		this.jdbc.sql("""
				insert into palliative_convention_step (convention_id, status, step_on, recorded_by)
				values (?, ?, ?, ?)""").params(id, status.name(), on, by).update();
	}

	Optional<Convention> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from palliative_convention where id = ?")
			.param(id)
			.query(Convention.class)
			.optional();
	}

	List<Convention> all() {
		return this.jdbc.sql("select " + COLUMNS + " from palliative_convention order by institution_name, id")
			.query(Convention.class)
			.list();
	}

	Optional<byte[]> pdf(long id) {
		return this.jdbc.sql("select pdf from palliative_convention where id = ? and pdf is not null")
			.param(id)
			.query(byte[].class)
			.optional();
	}

	List<Step> steps(long id) {
		return this.jdbc.sql("""
				select status, step_on from palliative_convention_step where convention_id = ? order by id""")
			.param(id)
			.query(Step.class)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from palliative_convention").query(Long.class).single();
	}

	/**
	 * A dated step.
	 *
	 * @param status the status reached
	 * @param stepOn the day
	 */
	record Step(ConventionStatus status, LocalDate stepOn) {
	}

}
