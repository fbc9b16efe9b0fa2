package brussels.maillage.prevention.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A programme that activity can be tagged with (interfederal or regional).
 *
 * @param id programme id
 * @param code stable code, for example {@code perinatality}
 * @param name its name in fr, nl and en
 * @param territories {@code REGION} or bassin codes it runs in
 * @param startsOn first day
 * @param endsOn last day, or {@code null} while it runs
 */
public record Programme(UUID id, String code, LocalizedText name, List<String> territories, LocalDate startsOn,
		LocalDate endsOn) {

	public Programme {
		territories = List.copyOf(territories);
	}

}
