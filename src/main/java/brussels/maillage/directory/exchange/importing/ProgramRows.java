package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * A package's programs (HSDS 3.1 {@code program}: collections of related services of one
 * organisation) and the alternate names of its organisations, services and programs (an
 * acronym, the name in the other language), read once the organisations are.
 */
final class ProgramRows {

	/** The longest alternate name or program name kept (the column's limit, V131). */
	static final int LONGEST_NAME = 500;

	private ProgramRows() {
	}

	/** Reads the programs, once the organisations are read. */
	static void read(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, RowCounter counter) {
		// HSDS does not require a program's organization: the organization of its
		// (first) service, as for places.
		Map<String, String> serviceOrganizations = new java.util.HashMap<>();
		for (CSVRecord row : tables.getOrDefault("service", List.of())) {
			if (!value(row, "program_id").isEmpty()) {
				serviceOrganizations.putIfAbsent(value(row, "program_id"), value(row, "organization_id"));
			}
		}
		for (CSVRecord row : tables.getOrDefault("program", List.of())) {
			counter.tick();
			UUID id = parsed.uuid("program", row, "id", true);
			String name = parsed.required("program", row, "name");
			UUID organization;
			if (value(row, "organization_id").isEmpty() && id != null) {
				organization = Cells.uuidOrNull(serviceOrganizations.get(id.toString()));
				if (organization == null || !parsed.organizations.containsKey(organization)) {
					parsed.warning("program", row, "organization_id", "programNotKept",
							"program without an organization and without services: not imported", name);
					continue;
				}
			}
			else {
				organization = parsed.reference("program", row, "organization_id", parsed.organizations.keySet());
			}
			if (name != null && name.length() > LONGEST_NAME) {
				parsed.problem("program", row, "name", "nameTooLong", "longer than " + LONGEST_NAME + " characters",
						LONGEST_NAME);
				continue;
			}
			if (id != null && name != null && organization != null) {
				parsed.programs.put(id, new DirectorySnapshot.Program(id, organization, name,
						alternateName(parsed, "program", row), value(row, "description")));
			}
		}
	}

	/**
	 * The program of a service row: {@code null} when it names none, a problem when it
	 * names a program the package does not hold.
	 */
	static UUID programOf(ParsedPackage parsed, CSVRecord row) {
		if (value(row, "program_id").isEmpty()) {
			return null;
		}
		return parsed.reference("service", row, "program_id", parsed.programs.keySet());
	}

	/**
	 * The alternate name of a row, stripped; {@code null} when blank, and when longer
	 * than the directory keeps (a warning: HSDS sets no limit).
	 */
	static String alternateName(ParsedPackage parsed, String table, CSVRecord row) {
		String name = value(row, "alternate_name");
		if (name.length() > LONGEST_NAME) {
			parsed.warning(table, row, "alternate_name", "alternateNameTooLong",
					"alternate name longer than " + LONGEST_NAME + " characters: not kept", LONGEST_NAME);
			return null;
		}
		return name.isEmpty() ? null : name;
	}

}
