package brussels.maillage.governance.bodies;

import java.util.Set;
import java.util.UUID;

import org.springframework.ui.Model;

/**
 * What the meetings add to a body's page: the categories present at least once in a year,
 * and the year's meetings and figures. Implemented by the meetings.
 */
public interface CompositionSource {

	/** Codes of the categories of members marked present (or represented) that year. */
	Set<String> presentCategories(UUID bodyId, int year);

	/** Adds the year's meetings and figures to the body's page. */
	void addMeetings(Body body, int year, Model model);

}
