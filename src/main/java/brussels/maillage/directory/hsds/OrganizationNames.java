package brussels.maillage.directory.hsds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HSDS 3.1 adds to an organisation of the API besides its name: its
 * {@code alternate_name} (an acronym, the name in the other language), and in a fully
 * nested organisation its {@code programs}.
 */
@Component
@Transactional(readOnly = true)
class OrganizationNames {

	private final JdbcClient jdbc;

	OrganizationNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The organisations with their alternate names, and with their programs when
	 * {@code withPrograms} (an organisation without any has none listed).
	 */
	List<Hsds.Organization> named(List<Hsds.Organization> organizations, boolean withPrograms) {
		if (organizations.isEmpty()) {
			return organizations;
		}
		Map<String, Object> ids = Map.of("ids",
				organizations.stream().map((organization) -> UUID.fromString(organization.id())).toArray(UUID[]::new));
		Map<String, String> alternateNames = new HashMap<>();
		this.jdbc.sql("select id, alternate_name from organization where id = any(:ids) and alternate_name is not null")
			.params(ids)
			.query((rs, row) -> alternateNames.put(rs.getString("id"), rs.getString("alternate_name")))
			.list();
		Map<String, List<Hsds.Program>> programs = new HashMap<>();
		if (withPrograms) {
			this.jdbc.sql("""
					select id, organization_id, name, alternate_name, description from program
					where organization_id = any(:ids) order by name, id""")
				.params(ids)
				.query((rs, row) -> programs
					.computeIfAbsent(rs.getString("organization_id"), (key) -> new ArrayList<>())
					.add(new Hsds.Program(rs.getString("id"), rs.getString("organization_id"), rs.getString("name"),
							rs.getString("alternate_name"), rs.getString("description"))))
				.list();
		}
		return organizations.stream()
			.map((organization) -> organization.withNames(alternateNames.get(organization.id()),
					programs.get(organization.id())))
			.toList();
	}

}
