package brussels.maillage.prevention.themes;

import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

/**
 * What a prevention officer writes on the bassin's page of a theme.
 *
 * @param summaryFr the short text in French
 * @param summaryNl the short text in Dutch
 * @param resourcesFr useful resources in French, one a line
 * @param resourcesNl useful resources in Dutch, one a line
 */
record PageForm(@Size(max = 3000) String summaryFr, @Size(max = 3000) String summaryNl,
		@Size(max = 3000) String resourcesFr, @Size(max = 3000) String resourcesNl) {

	static PageForm of(ThemePage page) {
		if (page == null) {
			return new PageForm("", "", "", "");
		}
		return new PageForm(page.summary().fr(), page.summary().nl(), page.resources().fr(), page.resources().nl());
	}

	LocalizedText summary() {
		return LocalizedText.of(this.summaryFr, this.summaryNl, null);
	}

	LocalizedText resources() {
		return LocalizedText.of(this.resourcesFr, this.resourcesNl, null);
	}

}
