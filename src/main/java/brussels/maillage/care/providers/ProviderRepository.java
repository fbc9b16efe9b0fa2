package brussels.maillage.care.providers;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code care_provider}. */
@Repository
class ProviderRepository {

	private static final String COLUMNS = "id, organisation_id, name, profession, nihii, iban, agreement_on, active";

	private final JdbcClient jdbc;

	ProviderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewProvider provider) {
		return this.jdbc.sql("""
				insert into care_provider (organisation_id, name, profession, nihii, iban, agreement_on, active)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(provider.organisationId(), provider.name(), provider.profession().name(), provider.nihii(),
					provider.iban(), provider.agreementOn(), provider.active())
			.query(Long.class)
			.single();
	}

	void update(long id, NewProvider provider) {
		this.jdbc.sql("""
				update care_provider set organisation_id = ?, name = ?, profession = ?, nihii = ?, iban = ?,
					agreement_on = ?, active = ?, version = version + 1
				where id = ?""")
			.params(provider.organisationId(), provider.name(), provider.profession().name(), provider.nihii(),
					provider.iban(), provider.agreementOn(), provider.active(), id)
			.update();
	}

	boolean nihiiTaken(String nihii, Long exceptId) {
		return this.jdbc.sql("select exists (select 1 from care_provider where nihii = ? and id <> ?)")
			.params(nihii, (exceptId != null) ? exceptId : -1L)
			.query(Boolean.class)
			.single();
	}

	Optional<Provider> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from care_provider where id = ?")
			.param(id)
			.query(Provider.class)
			.optional();
	}

	List<Provider> all() {
		return this.jdbc.sql("select " + COLUMNS + " from care_provider order by not active, lower(name), id")
			.query(Provider.class)
			.list();
	}

}
