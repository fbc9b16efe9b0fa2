package brussels.maillage.directory.taxonomy;

import brussels.maillage.directory.Theme;

/** What an editor types to add a theme or change its labels. */
class ThemeForm {

	private String code = "";

	private String parent = "";

	private String labelFr = "";

	private String labelNl = "";

	private String labelEn = "";

	public static ThemeForm of(Theme theme) {
		ThemeForm form = new ThemeForm();
		form.code = theme.code();
		form.labelFr = (theme.label().fr() != null) ? theme.label().fr() : "";
		form.labelNl = (theme.label().nl() != null) ? theme.label().nl() : "";
		form.labelEn = (theme.label().en() != null) ? theme.label().en() : "";
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public void setLabelFr(String labelFr) {
		this.labelFr = labelFr;
	}

	public String getLabelNl() {
		return this.labelNl;
	}

	public void setLabelNl(String labelNl) {
		this.labelNl = labelNl;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

}
