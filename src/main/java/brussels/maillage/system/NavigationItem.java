package brussels.maillage.system;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param order position, lower first
 * @param requiredRole role needed to see it ({@code ADMIN}, {@code COORDINATOR},
 * {@code STAFF}), or {@code null} for everyone
 */
public record NavigationItem(String labelKey, String path, int order, String requiredRole) {

	public NavigationItem {
		if (labelKey == null || path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A navigation item needs a label key and an absolute path");
		}
	}

}
