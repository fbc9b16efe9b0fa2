package brussels.maillage.directory.organizations;

import brussels.maillage.directory.Organization;

/** What an editor types in the organisation form. */
class OrganizationForm {

	private String name = "";

	private String descriptionFr = "";

	private String descriptionNl = "";

	private String descriptionEn = "";

	private String email = "";

	private String website = "";

	private String internalNote = "";

	public static OrganizationForm of(Organization organization, String note) {
		OrganizationForm form = new OrganizationForm();
		form.name = organization.name();
		form.descriptionFr = orEmpty(organization.description().fr());
		form.descriptionNl = orEmpty(organization.description().nl());
		form.descriptionEn = orEmpty(organization.description().en());
		form.email = orEmpty(organization.email());
		form.website = orEmpty(organization.website());
		form.internalNote = orEmpty(note);
		return form;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getDescriptionNl() {
		return this.descriptionNl;
	}

	public void setDescriptionNl(String descriptionNl) {
		this.descriptionNl = descriptionNl;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getInternalNote() {
		return this.internalNote;
	}

	public void setInternalNote(String internalNote) {
		this.internalNote = internalNote;
	}

}
