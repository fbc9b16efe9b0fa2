package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code care_tariff}. */
@Repository
class TariffRepository {

	private static final String COLUMNS = "id, service_type, valid_from, valid_to, amount from care_tariff";

	private final JdbcClient jdbc;

	TariffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BigDecimal> amountOn(ServiceType type, LocalDate day) {
		return this.jdbc.sql("""
				select amount from care_tariff where service_type = :type and valid_from <= :day
				and (valid_to is null or valid_to >= :day) order by valid_from desc limit 1""")
			.param("type", type.name())
			.param("day", day)
			.query(BigDecimal.class)
			.optional();
	}

	List<Tariff> all() {
		return this.jdbc.sql("select " + COLUMNS + """
				 order by case service_type when 'CASE_MANAGEMENT' then 0 when 'OCCUPATIONAL_THERAPY' then 1 else 2 end,
				valid_from""").query(Tariff.class).list();
	}

	List<Tariff> of(ServiceType type) {
		return this.jdbc.sql("select " + COLUMNS + " where service_type = ? order by valid_from")
			.param(type.name())
			.query(Tariff.class)
			.list();
	}

	Optional<Tariff> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where id = ?").param(id).query(Tariff.class).optional();
	}

	long insert(ServiceType type, LocalDate from, LocalDate to, BigDecimal amount) {
		return this.jdbc
			.sql("""
					insert into care_tariff (service_type, valid_from, valid_to, amount) values (?, ?, ?, ?) returning id""")
			.params(type.name(), from, to, amount)
			.query(Long.class)
			.single();
	}

	void update(long id, LocalDate from, LocalDate to, BigDecimal amount) {
		this.jdbc.sql("""
				update care_tariff set valid_from = ?, valid_to = ?, amount = ?, version = version + 1 where id = ?""")
			.params(from, to, amount, id)
			.update();
	}

}
