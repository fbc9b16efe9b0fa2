package brussels.maillage.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-written directory of the judged search set ({@code directory-judged/}),
 * registered once per database through the directory's own API.
 */
final class JudgedDirectory {

	/** Approximate centre of each commune, for the services' places. */
	private static final Map<String, double[]> CENTRES = Map.ofEntries(
			Map.entry("21001", new double[] { 50.837, 4.309 }), Map.entry("21002", new double[] { 50.816, 4.433 }),
			Map.entry("21003", new double[] { 50.865, 4.295 }), Map.entry("21004", new double[] { 50.846, 4.352 }),
			Map.entry("21005", new double[] { 50.833, 4.389 }), Map.entry("21006", new double[] { 50.870, 4.402 }),
			Map.entry("21007", new double[] { 50.810, 4.320 }), Map.entry("21008", new double[] { 50.871, 4.310 }),
			Map.entry("21009", new double[] { 50.828, 4.372 }), Map.entry("21010", new double[] { 50.878, 4.327 }),
			Map.entry("21011", new double[] { 50.862, 4.329 }), Map.entry("21012", new double[] { 50.855, 4.323 }),
			Map.entry("21013", new double[] { 50.827, 4.346 }), Map.entry("21014", new double[] { 50.853, 4.373 }),
			Map.entry("21015", new double[] { 50.867, 4.378 }), Map.entry("21016", new double[] { 50.801, 4.337 }),
			Map.entry("21017", new double[] { 50.799, 4.415 }), Map.entry("21018", new double[] { 50.842, 4.424 }),
			Map.entry("21019", new double[] { 50.830, 4.440 }));

	private static final Map<String, String> POSTCODES = Map.ofEntries(Map.entry("21001", "1070"),
			Map.entry("21002", "1160"), Map.entry("21003", "1082"), Map.entry("21004", "1000"),
			Map.entry("21005", "1040"), Map.entry("21006", "1140"), Map.entry("21007", "1190"),
			Map.entry("21008", "1083"), Map.entry("21009", "1050"), Map.entry("21010", "1090"),
			Map.entry("21011", "1081"), Map.entry("21012", "1080"), Map.entry("21013", "1060"),
			Map.entry("21014", "1210"), Map.entry("21015", "1030"), Map.entry("21016", "1180"),
			Map.entry("21017", "1170"), Map.entry("21018", "1200"), Map.entry("21019", "1150"));

	private JudgedDirectory() {
	}

	static List<String> lines(String file) throws IOException {
		try (InputStream in = JudgedDirectory.class.getResourceAsStream("/directory-judged/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	/**
	 * Removes the services, organisations and places registered by {@link #load}: the
	 * database is shared with the other tests, which browse the directory.
	 */
	static void unload(JdbcClient jdbc, Map<String, UUID> ids) {
		UUID[] services = ids.values().toArray(UUID[]::new);
		UUID[] organizations = jdbc.sql("select distinct organization_id from service where id = any(:ids)")
			.param("ids", services)
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		jdbc.sql("delete from service where id = any(:ids)").param("ids", services).update();
		jdbc.sql("delete from location where organization_id = any(:ids)").param("ids", organizations).update();
		jdbc.sql("delete from organization where id = any(:ids)").param("ids", organizations).update();
	}

	/** Registers the services and returns their ids by key (see {@link #unload}). */
	static synchronized Map<String, UUID> load(DirectoryService directory) throws IOException {
		Map<String, UUID> ids = new LinkedHashMap<>();
		List<RegisterOrganization> organizations = new ArrayList<>();
		List<RegisterService> services = new ArrayList<>();
		Map<String, RegisterOrganization> byName = new HashMap<>();
		for (String line : lines("services.txt")) {
			String[] f = line.split("\\|", -1);
			UUID id = UUID.nameUUIDFromBytes(("judged-service-" + f[0]).getBytes(StandardCharsets.UTF_8));
			ids.put(f[0], id);
			RegisterOrganization organization = byName.computeIfAbsent(f[1], (name) -> {
				double[] centre = CENTRES.get(f[2]);
				UUID orgId = UUID.nameUUIDFromBytes(("judged-org-" + name).getBytes(StandardCharsets.UTF_8));
				RegisterOrganization created = new RegisterOrganization(orgId, name, LocalizedText.of(null, null, null),
						null, null,
						List.of(new ServiceLocation(
								UUID.nameUUIDFromBytes(("judged-place-" + name).getBytes(StandardCharsets.UTF_8)), null,
								"Rue du Test 1", POSTCODES.get(f[2]), "Bruxelles", f[2], centre[0], centre[1], false)));
				organizations.add(created);
				return created;
			});
			AreaLevel level = f[3].equals("R") ? AreaLevel.REGION
					: f[3].startsWith("C:") ? AreaLevel.COMMUNE : AreaLevel.BASSIN;
			List<String> codes = level == AreaLevel.REGION ? List.of() : List.of(f[3].substring(2).split(","));
			List<String> themes = f[4].equals("-") ? List.of() : List.of(f[4].split(","));
			Integer min = null;
			Integer max = null;
			if (!f[5].equals("-")) {
				String[] ages = f[5].split("-", -1);
				min = Integer.valueOf(ages[0]);
				max = ages[1].isEmpty() ? null : Integer.valueOf(ages[1]);
			}
			List<String> languages = f[7].isEmpty() ? List.of("fr") : List.of("fr", "nl");
			services.add(new RegisterService(id, organization.id(),
					LocalizedText.of(f[6], f[7].isEmpty() ? null : f[7], null),
					LocalizedText.of(f[8], f[9].isEmpty() ? null : f[9], null), null, null, null, ServiceStatus.ACTIVE,
					ServiceKind.SERVICE, null, null, min, max, Cost.FREE, languages, List.of(), level, codes,
					List.of(organization.locations().get(0).id()), List.of(), List.of(), themes, null, null));
		}
		directory.importEntries(organizations, services, "judged-set");
		return ids;
	}

}
