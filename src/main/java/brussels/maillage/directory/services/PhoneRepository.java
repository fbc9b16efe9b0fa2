package brussels.maillage.directory.services;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the {@code phone} table: a service's phones, written with the service
 * by {@link ServiceRepository} (one at a time for editors, in bulk for an import), and an
 * organisation's phones, which come from imports only (also through
 * {@link ServiceRepository}). The callers own the transaction.
 */
@Repository
class PhoneRepository {

	private final JdbcClient jdbc;

	PhoneRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the phones of a service. */
	void insertOfService(UUID serviceId, List<String> numbers) {
		for (String number : numbers) {
			this.jdbc.sql("insert into phone (id, service_id, number) values (?, ?, ?)")
				.params(UUID.randomUUID(), serviceId, number)
				.update();
		}
	}

	/** Removes every phone of a service. */
	void deleteOfService(UUID serviceId) {
		this.jdbc.sql("delete from phone where service_id = ?").param(serviceId).update();
	}

	/**
	 * The bulk path of an import for services: removes the phones of the changed services
	 * ({@code x_import_changed}, not added), then inserts the staged phones
	 * ({@code x_import_phone}) of every new or changed service.
	 */
	void writeStagedOfServices() {
		this.jdbc.sql("""
				delete from phone t using x_import_changed c where t.service_id = c.id and not c.added""").update();
		this.jdbc.sql("""
				insert into phone (id, service_id, number, description)
				select p.id, p.service_id, p.number, p.description
				from x_import_phone p join x_import_changed c on c.id = p.service_id""").update();
	}

	/**
	 * The bulk path of an import for organisations, in its transaction: replaces the
	 * phones of the staged organisations ({@code x_import_organization}) with the staged
	 * ones ({@code x_import_org_phone}); a staged phone whose id belonged to a service
	 * becomes the organisation's.
	 */
	void writeStagedOfOrganizations() {
		this.jdbc.sql("""
				delete from phone p using x_import_organization o
				where p.organization_id = o.id and p.service_id is null""").update();
		this.jdbc.sql("""
				insert into phone (id, organization_id, number, description)
				select id, organization_id, number, description from x_import_org_phone
				on conflict (id) do update set organization_id = excluded.organization_id, service_id = null,
					number = excluded.number, description = excluded.description""").update();
	}

}
