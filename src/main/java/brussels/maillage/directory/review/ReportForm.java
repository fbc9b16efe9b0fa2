package brussels.maillage.directory.review;

/** What a member of the public says is wrong on a service's page. */
public class ReportForm {

	private String message = "";

	private String email = "";

	/** A field hidden from people: robots fill it. */
	private String website = "";

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
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

}
