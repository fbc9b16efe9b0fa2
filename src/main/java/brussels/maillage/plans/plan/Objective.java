package brussels.maillage.plans.plan;

/**
 * A strategic objective ({@code II.2.1}) or an operational objective under one
 * ({@code II.2.1 a}).
 *
 * @param code its code as the plans write it
 * @param parentCode the strategic objective of an operational one, {@code null} for a
 * strategic one
 * @param titleFr French title
 * @param titleNl Dutch title, or {@code null}
 * @param position order among its siblings
 */
public record Objective(String code, String parentCode, String titleFr, String titleNl, int position) {

	public boolean strategic() {
		return this.parentCode == null;
	}

	/** The title in {@code language}, French when there is no Dutch one. */
	public String title(String language) {
		return ("nl".equals(language) && this.titleNl != null && !this.titleNl.isBlank()) ? this.titleNl : this.titleFr;
	}

}
