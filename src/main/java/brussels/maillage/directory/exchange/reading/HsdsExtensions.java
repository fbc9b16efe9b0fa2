package brussels.maillage.directory.exchange.reading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What Maillage adds to an HSDS package: its two extension tables, their names and
 * columns, which the export writes and the import reads, and the ids derived for the rows
 * that have none of their own (a service's languages and areas, a schedule's days, a
 * package's taxonomy).
 */
public final class HsdsExtensions {

	public static final String TRANSLATIONS = "x_maillage_translations";

	public static final String SERVICE_EXTRAS = "x_maillage_services";

	public static final List<String> TRANSLATION_FIELDS = List.of("table", "record_id", "field", "language", "text");

	public static final List<String> SERVICE_EXTRA_FIELDS = List.of("service_id", "kind", "cost", "area_level",
			"area_codes", "target_groups", "last_verified_at", "last_verified_by");

	private HsdsExtensions() {
	}

	public static String derived(String id, String kind, String key) {
		return UUID.nameUUIDFromBytes((id + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
